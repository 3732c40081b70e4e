package studio.smartwork.portal.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.PlatformRole;

@Entity
@Table(name = "person")
public class PersonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String email = "";
    @Column(name = "display_name")
    private String displayName = "";
    @Column(name = "password_hash")
    private @Nullable String passwordHash;
    @Column(name = "oidc_subject")
    private @Nullable String oidcSubject;
    @Enumerated(EnumType.STRING)
    @Column(name = "platform_role")
    private @Nullable PlatformRole platformRole;
    @Column(name = "setup_token_hash")
    private @Nullable String setupTokenHash;
    @Column(name = "setup_token_expires_at")
    private @Nullable Instant setupTokenExpiresAt;
    private boolean active = true;
    @Column(name = "signed_out_before")
    private @Nullable Instant signedOutBefore;
    @Column(name = "erased_at")
    private @Nullable Instant erasedAt;
    @Version
    private long version;

    protected PersonEntity() {
    }

    public PersonEntity(String email, String displayName, @Nullable PlatformRole platformRole) {
        this.email = email;
        this.displayName = displayName;
        this.platformRole = platformRole;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Person not saved yet");
        }
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable String passwordHash() {
        return passwordHash;
    }

    public @Nullable String oidcSubject() {
        return oidcSubject;
    }

    public @Nullable PlatformRole platformRole() {
        return platformRole;
    }

    public boolean active() {
        return active;
    }

    public @Nullable Instant signedOutBefore() {
        return signedOutBefore;
    }

    /** Ends every sign-in of the person that began before {@code at}. */
    public void endSignInsBefore(Instant at) {
        if (signedOutBefore == null || signedOutBefore.isBefore(at)) {
            signedOutBefore = at;
        }
    }

    /** Closes the account: the person cannot sign in, and their open sessions end with their next request. */
    public void deactivate(Instant at) {
        active = false;
        endSignInsBefore(at);
    }

    public void reactivate() {
        if (erasedAt != null) {
            throw new IllegalStateException("An erased person's account cannot be reactivated");
        }
        active = true;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /**
     * Takes the person's name, address and every way of signing in out of the account; the
     * row stays, under a label, so what they did keeps pointing at someone.
     */
    public void erase(String label, String placeholderEmail, Instant at) {
        displayName = label;
        email = placeholderEmail;
        passwordHash = null;
        oidcSubject = null;
        setupTokenHash = null;
        setupTokenExpiresAt = null;
        platformRole = null;
        deactivate(at);
        erasedAt = at;
    }

    public @Nullable Instant setupTokenExpiresAt() {
        return setupTokenExpiresAt;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.setupTokenHash = null;
        this.setupTokenExpiresAt = null;
    }

    public void setSetupToken(String tokenHash, Instant expiresAt) {
        this.setupTokenHash = tokenHash;
        this.setupTokenExpiresAt = expiresAt;
    }

    /** Whether the person can sign in yet: a password chosen, or an account at the company's sign-in linked. */
    public boolean hasSignIn() {
        return passwordHash != null || oidcSubject != null;
    }

    public void linkOidcSubject(String subject) {
        this.oidcSubject = subject;
    }

    public Actor toActor() {
        return new Actor(id(), email, displayName, platformRole);
    }
}
