package studio.smartwork.cyclefixture.second;

import studio.smartwork.cyclefixture.first.First;

/** The other half of the cycle of {@link First}. */
public class Second {

    First first;
}
