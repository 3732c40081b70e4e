package studio.smartwork.portal.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;

/**
 * Base of the UI tests: the whole application with its real security and database, and
 * Karibu's mock Vaadin in front of it, so a test clicks through views like a person does.
 */
@SpringBootTest
public abstract class KaribuTests {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("studio.smartwork.portal");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        SignIn.useSecurityContextOf(context);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SignIn.out();
    }

    /** Starts over in a new browser session with nobody signed in, as when someone else opens the portal. */
    protected void newBrowserSession() {
        tearDownVaadin();
        setUpVaadin();
    }

    /** Signs a demo person in and makes Vaadin's navigation access control see them. */
    protected void signIn(String email) {
        var authentication = SignIn.as(context, email);
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }

    protected void navigate(String path) {
        UI.getCurrent().navigate(path);
    }

    /** The address the browser shows now, without the leading slash. */
    protected String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
