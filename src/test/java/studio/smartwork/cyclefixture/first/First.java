package studio.smartwork.cyclefixture.first;

import studio.smartwork.cyclefixture.second.Second;

/** Half of a cycle between two modules, kept for {@code ModulesTests} to prove that a cycle fails the check. */
public class First {

    Second second;
}
