package studio.smartwork.portal.tenantdata.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.shell.TenantSection;
import studio.smartwork.portal.tenantdata.TenantDataExport;

@Configuration(proxyBeanMethods = false)
class TenantDataSections {

    @Bean
    TenantSection dataSection() {
        return new TenantSection("tenantdata.section", "data", 950, TenantDataExport::mayDownload);
    }
}
