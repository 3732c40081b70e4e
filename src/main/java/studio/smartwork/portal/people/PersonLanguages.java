package studio.smartwork.portal.people;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shell.LanguagePreferences;

/** A person's own choice of language, kept with their account; only they change it. */
@Service
class PersonLanguages implements LanguagePreferences {

    private final JdbcClient jdbc;

    PersonLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Language> chosenBy(Actor actor) {
        return jdbc.sql("select language from person where id = :id").param("id", actor.personId())
                .query(String.class).optional().flatMap(Language::ofCode);
    }

    @Override
    @Transactional
    public void choose(Actor actor, @Nullable Language language) {
        jdbc.sql("update person set language = :language where id = :id")
                .param("language", language == null ? null : language.code()).param("id", actor.personId()).update();
    }
}
