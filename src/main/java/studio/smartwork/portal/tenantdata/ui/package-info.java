@NullMarked
package studio.smartwork.portal.tenantdata.ui;

import org.jspecify.annotations.NullMarked;
