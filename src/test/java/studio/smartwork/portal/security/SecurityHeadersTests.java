package studio.smartwork.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The headers every page is served with: a content security policy Vaadin runs under, no
 * framing by other sites, no full addresses leaked to other sites, and HTTPS kept once seen.
 * The production jar's enforced policy is checked in the browser tests, where the pages run under it.
 */
@SpringBootTest
class SecurityHeadersTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUpMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void everyPageForbidsFramingAndCarriesThePolicy() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/t/acme")).andReturn().getResponse();
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        String policy = response.getHeader(ContentSecurityPolicy.ENFORCED) != null
                ? response.getHeader(ContentSecurityPolicy.ENFORCED) : response.getHeader(ContentSecurityPolicy.REPORTED);
        assertThat(policy).isEqualTo(ContentSecurityPolicy.POLICY)
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'").doesNotContain("*");
        assertThat(response.getHeader("Strict-Transport-Security")).as("not on plain HTTP").isNull();
    }

    @Test
    void httpsIsKeptForAYearOnceSeen() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/t/acme").secure(true)).andReturn().getResponse();
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }
}
