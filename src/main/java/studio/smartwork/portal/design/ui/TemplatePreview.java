package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.DesignTemplate;
import studio.smartwork.portal.design.DesignTemplateContent;
import studio.smartwork.portal.shared.Language;

/** What a template fills into a new record, field by field, in the reader's language; empty while none is chosen. */
class TemplatePreview extends Div {

    private final Language language;

    TemplatePreview(Language language) {
        this.language = language;
        setId("template-preview");
        addClassName("template-preview");
    }

    void show(@Nullable DesignTemplate template) {
        removeAll();
        if (template == null) {
            return;
        }
        DesignTemplateContent content = template.content();
        add(new H4(content.name().in(language)), new Paragraph(content.summary().in(language)),
                new Paragraph(getTranslation("design.templates.preview.fills")));
        field("design.field.trigger", content.trigger().in(language));
        UnorderedList steps = new UnorderedList();
        content.steps().forEach(s -> steps.add(new ListItem(getTranslation(s.actor().textKey()) + ": " + s.description().in(language))));
        add(new H4(getTranslation("design.field.steps")), steps);
        field("design.field.systems", content.systems().in(language));
        field("design.field.data-and-privacy", content.dataAndPrivacy().in(language));
        field("design.field.human-checkpoints", content.humanCheckpoints().in(language));
        field("design.field.risks", content.risksIn(language));
        UnorderedList kpis = new UnorderedList();
        content.kpis().forEach(k -> kpis.add(new ListItem(getTranslation("design.templates.preview.kpi", k.name().in(language),
                getTranslation(k.unit().textKey()), getTranslation(k.direction().textKey()), getTranslation(k.baseline().textKey())))));
        add(new H4(getTranslation("design.field.kpis")), kpis);
        add(new Paragraph(getTranslation("design.templates.preview.language")));
    }

    private void field(String labelKey, String text) {
        if (!text.isEmpty()) {
            add(new H4(getTranslation(labelKey)), new Paragraph(text));
        }
    }
}
