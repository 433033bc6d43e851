package no.kommune.portal.whistleblowing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.PublicLayout;
import no.kommune.portal.base.ui.Validators;
import no.kommune.portal.whistleblowing.ReporterView;
import no.kommune.portal.whistleblowing.WhistleblowingLinks;
import no.kommune.portal.whistleblowing.WhistleblowingMessage;
import no.kommune.portal.whistleblowing.WhistleblowingService;

/**
 * The reporter follows her case with the receipt code (no login): status, answers from the receivers, and a
 * field to add information. The code is typed in a password field and never put in the address bar.
 */
@Route(value = WhistleblowingLinks.RECEIPT_LOOKUP, layout = PublicLayout.class)
@AnonymousAllowed
public class ReceiptLookupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WhistleblowingService service;
    final PasswordField code = new PasswordField();
    final Button open = new Button();
    final Div result = new Div();
    TextArea addition;
    Button addButton;
    ReporterView shown;

    public ReceiptLookupView(WhistleblowingService service) {
        this.service = service;
        setPadding(false);
        code.setLabel(getTranslation("whistleblowing.receiptCode"));
        code.setMaxLength(40);
        code.setRevealButtonVisible(true);
        code.setId("wb-code");
        open.setText(getTranslation("whistleblowing.open"));
        open.setId("wb-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> {
            try {
                show(service.readByReceipt(code.getValue(), ClientKey.current()));
            } catch (RuntimeException ex) {
                result.removeAll();
                shown = null;
                Notices.failure(ex);
            }
        });
        HorizontalLayout line = new HorizontalLayout(code, open);
        line.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(line, result); // the title is the layout's h1
    }

    private void show(ReporterView view) {
        shown = view;
        result.removeAll();
        result.add(new H2(view.subject()));
        result.add(new Paragraph(getTranslation("whistleblowing.receivedAt") + ": " + Formats.dateTime(view.receivedAt())
                + " · " + getTranslation("whistleblowing.status") + ": " + getTranslation(view.status().key())));
        result.add(new Paragraph(view.description()));
        result.add(new H2(getTranslation("whistleblowing.thread")));
        for (ReporterView.Line l : view.thread()) {
            String who = getTranslation(l.author() == WhistleblowingMessage.Author.REPORTER
                    ? "whistleblowing.author.you" : "whistleblowing.author.receiver");
            String status = l.toStatus() == null ? "" : " [" + getTranslation(l.toStatus().key()) + "]";
            Div entry = new Div(new Span(Formats.dateTime(l.when()) + " – " + who + status + ": "),
                    new Span(l.text() == null ? "" : l.text()));
            entry.addClassName("wb-thread-line");
            result.add(entry);
        }
        addition = Fields.textArea("whistleblowing.addInformation", WhistleblowingService.TEXT_LIMIT);
        addition.setId("wb-addition");
        addButton = new Button(getTranslation("whistleblowing.sendAddition"), e -> {
            var check = Validators.text(WhistleblowingService.TEXT_LIMIT).apply(addition.getValue(),
                    new ValueContext(addition));
            if (check.isError() || addition.getValue().isBlank()) {
                addition.setInvalid(true);
                addition.setErrorMessage(check.isError() ? check.getErrorMessage() : getTranslation("validation.required"));
                return;
            }
            try {
                show(service.addInformation(code.getValue(), addition.getValue(), ClientKey.current()));
                Notices.success("whistleblowing.additionSaved");
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        addButton.setId("wb-add");
        if (view.status() != no.kommune.portal.whistleblowing.CaseStatus.CLOSED) {
            result.add(addition, addButton);
        }
    }

    /**
     * Nothing shown and no code kept on a new visit: the router reuses this view when the page is opened again, and
     * a report must not stay on screen for the next person at the same browser.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code.clear();
        result.removeAll();
        shown = null;
        addition = null;
        addButton = null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("whistleblowing.followUpTitle");
    }
}
