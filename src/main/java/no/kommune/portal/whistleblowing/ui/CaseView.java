package no.kommune.portal.whistleblowing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.TextLimits;
import no.kommune.portal.base.ui.Fields;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.Validators;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.whistleblowing.CaseDetail;
import no.kommune.portal.whistleblowing.CaseStatus;
import no.kommune.portal.whistleblowing.WhistleblowingLinks;
import no.kommune.portal.whistleblowing.WhistleblowingService;

/** One case for the receivers: the report, the reporter (if named), the thread, answers, notes and status. */
@Route(WhistleblowingLinks.CASE)
@RolesAllowed(Roles.WHISTLEBLOWING_RECEIVER)
public class CaseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final WhistleblowingService service;
    private String title = "";
    Grid<CaseDetail.Line> thread;
    TextArea reply;
    Checkbox visible;
    Button send;
    Select<CaseStatus> status;
    TextArea statusComment;
    Button saveStatus;

    public CaseView(WhistleblowingService service) {
        this.service = service;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(service.detail(id));
    }

    private void show(CaseDetail d) {
        removeAll();
        title = d.row().subject();
        add(new H2(d.row().subject()));
        add(new Paragraph(getTranslation("whistleblowing.receivedAt") + ": " + Formats.dateTime(d.row().receivedAt())
                + " · " + getTranslation("whistleblowing.channel." + d.row().channel()) + " · "
                + getTranslation(d.row().status().key())));
        if (d.row().anonymous()) {
            add(new Paragraph(getTranslation("whistleblowing.isAnonymous")));
        } else {
            add(new Paragraph(getTranslation("whistleblowing.reporter") + ": " + nz(d.reporterName()) + " "
                    + nz(d.reporterContact()) + (d.reporterUsername() == null ? "" : " (" + d.reporterUsername() + ")")));
        }
        if (d.occurredOn() != null) {
            add(new Paragraph(getTranslation("whistleblowing.occurredOn") + ": " + Formats.date(d.occurredOn())));
        }
        if (d.concerns() != null) {
            add(new Paragraph(getTranslation("whistleblowing.concerns") + ": " + d.concerns()));
        }
        Paragraph description = new Paragraph(d.description());
        description.getStyle().set("white-space", "pre-wrap");
        add(description);

        thread = new Grid<>();
        thread.addColumn(l -> Formats.dateTime(l.when())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        thread.addColumn(l -> getTranslation("whistleblowing.author." + l.author())
                + (l.visibleToReporter() ? "" : " (" + getTranslation("whistleblowing.internal") + ")"))
                .setHeader(getTranslation("history.who")).setAutoWidth(true);
        thread.addColumn(l -> l.toStatus() == null ? "" : (l.fromStatus() == null ? "" : getTranslation(l.fromStatus().key())
                + " → ") + getTranslation(l.toStatus().key())).setHeader(getTranslation("whistleblowing.status"));
        thread.addColumn(l -> nz(l.text())).setHeader(getTranslation("whistleblowing.message")).setFlexGrow(4);
        thread.setItems(d.thread());
        thread.setAllRowsVisible(true);
        thread.setId("wb-thread");
        add(new H2(getTranslation("whistleblowing.thread")), thread);

        reply = Fields.textArea("whistleblowing.reply", TextLimits.LONG_TEXT);
        reply.setId("wb-reply");
        visible = new Checkbox(getTranslation("whistleblowing.visibleToReporter"), true);
        send = new Button(getTranslation("whistleblowing.sendReply"), e -> {
            if (!check(reply, true)) {
                return;
            }
            try {
                show(service.reply(d.row().id(), reply.getValue(), visible.getValue()));
                Notices.success("whistleblowing.replySaved");
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        send.setId("wb-send-reply");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reply, new HorizontalLayout(visible, send));

        status = new Select<>();
        status.setLabel(getTranslation("whistleblowing.status"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.key()));
        status.setValue(d.row().status());
        statusComment = Fields.textArea("whistleblowing.statusComment", TextLimits.LONG_TEXT);
        saveStatus = new Button(getTranslation("whistleblowing.saveStatus"), e -> {
            if (!check(statusComment, false)) {
                return;
            }
            try {
                show(service.changeStatus(d.row().id(), d.row().version(), status.getValue(), statusComment.getValue()));
                Notices.success("whistleblowing.statusSaved");
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
        saveStatus.setId("wb-save-status");
        add(new H2(getTranslation("whistleblowing.changeStatus")), status, statusComment, saveStatus);
    }

    private boolean check(TextArea area, boolean required) {
        var r = Validators.text(TextLimits.LONG_TEXT).apply(area.getValue(), new ValueContext(area));
        if (r.isError()) {
            area.setInvalid(true);
            area.setErrorMessage(r.getErrorMessage());
            return false;
        }
        if (required && area.getValue().isBlank()) {
            area.setInvalid(true);
            area.setErrorMessage(getTranslation("validation.required"));
            return false;
        }
        return true;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
