/**
 * The views' common kit: how errors, field problems and notifications are shown. Every
 * feature's views use it, so it is part of what the shared module exposes.
 */
@NullMarked
@NamedInterface("ui")
package studio.smartwork.portal.shared.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
