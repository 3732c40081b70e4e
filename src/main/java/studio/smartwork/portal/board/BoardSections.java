package studio.smartwork.portal.board;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.shell.TenantSection;

@Configuration(proxyBeanMethods = false)
class BoardSections {

    /** Both sides share the board, staff included. */
    @Bean
    TenantSection boardSection() {
        return new TenantSection("board.section", "board", 50, role -> true);
    }
}
