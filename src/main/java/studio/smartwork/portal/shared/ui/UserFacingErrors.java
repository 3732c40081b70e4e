package studio.smartwork.portal.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/**
 * What a person sees when something they asked for fails: a message they can act on, never a
 * stack trace. This is the one way the views show a failure: an action that may be refused runs
 * through {@link #attempt}, and anything else that escapes a view reaches the same messages
 * through the session's error handler ({@link UserFacingErrorHandler}). Unexpected failures are
 * logged with their cause for us. Forms that mark fields use {@link FieldErrors} instead, for
 * the problems they have a field for.
 */
public final class UserFacingErrors {

    static final String NOT_FOUND = "shared.error.not-found";
    static final String UNEXPECTED = "shared.error.unexpected";
    static final String DATABASE_UNREACHABLE = "shared.error.database-unreachable";

    private UserFacingErrors() {
    }

    /**
     * Runs what a person asked for. A refusal (input to correct, something not allowed, not
     * found, changed meanwhile) is shown in words and nothing else happens; anything unexpected
     * goes on to the error handler. Returns whether the action was done.
     */
    public static boolean attempt(Runnable action) {
        return attempt(action, problems -> Notifications.error(messageFor(problems)));
    }

    /** As {@link #attempt(Runnable)}, with input problems handed to the form that asked ({@link FieldErrors}). */
    static boolean attempt(Runnable action, Consumer<InvalidInputException> inputProblems) {
        try {
            action.run();
            return true;
        } catch (RuntimeException failure) {
            Throwable refusal = refusalIn(failure);
            if (refusal == null) {
                throw failure;
            }
            if (refusal instanceof InvalidInputException problems) {
                inputProblems.accept(problems);
            } else {
                Notifications.error(messageFor(refusal));
            }
            return false;
        }
    }

    /** As {@link #attempt(Runnable)}, for an action with a result: the result, or nothing when it was refused. */
    public static <T> Optional<T> attemptToGet(Supplier<T> action) {
        List<T> result = new ArrayList<>(1);
        return attempt(() -> result.add(action.get())) ? Optional.ofNullable(result.getFirst()) : Optional.empty();
    }

    /** Shows whatever escaped a view: a refusal in its own words, anything else as a failure we log. */
    static void show(Throwable failure) {
        Throwable refusal = refusalIn(failure);
        if (refusal == null) {
            FailureReference reference = FailureReference.logged("Unexpected error in the UI", failure);
            Notifications.error(Texts.t(reference.databaseUnreachable() ? DATABASE_UNREACHABLE : UNEXPECTED, reference.id()));
        } else {
            Notifications.error(messageFor(refusal));
        }
    }

    private static String messageFor(Throwable refusal) {
        if (refusal instanceof InvalidInputException problems) {
            return String.join(" ", problems.problems().values().stream().map(Texts::t).toList());
        }
        if (refusal instanceof NotAllowedException notAllowed) {
            return Texts.t(notAllowed.reason());
        }
        return Texts.t(NOT_FOUND);
    }

    /** The words for a refusal (input to correct, not allowed, not found), or null when the failure is not one. */
    public static @Nullable String refusalMessage(Throwable failure) {
        Throwable refusal = refusalIn(failure);
        return refusal == null ? null : messageFor(refusal);
    }

    /** Whether the failure is, or was caused by, a "not found" (also another tenant's id): it gets the not-found page's answer. */
    public static boolean isNotFound(Throwable failure) {
        return refusalIn(failure) instanceof TenantNotFoundException;
    }

    /** The refusal a failure is, or was caused by (a service call may wrap it); null for anything else. */
    private static @Nullable Throwable refusalIn(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current instanceof InvalidInputException || current instanceof NotAllowedException
                    || current instanceof TenantNotFoundException || current instanceof AccessDeniedException) {
                return current;
            }
        }
        return null;
    }
}
