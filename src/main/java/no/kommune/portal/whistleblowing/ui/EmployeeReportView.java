package no.kommune.portal.whistleblowing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.whistleblowing.Receipt;
import no.kommune.portal.whistleblowing.WhistleblowingLinks;
import no.kommune.portal.whistleblowing.WhistleblowingService;

/** An employee reports censurable conditions; anonymous unless she chooses to give her name. */
@Route(WhistleblowingLinks.REPORT)
@RolesAllowed(Roles.EMPLOYEE)
@Menu(order = 60, icon = "vaadin:megaphone", title = "whistleblowing.nav.report")
public class EmployeeReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    ReportForm form;
    final Button send = new Button();
    ReceiptPanel receipt;

    public EmployeeReportView(WhistleblowingService service) {
        setMaxWidth("900px");
        send.setText(getTranslation("whistleblowing.send"));
        send.setId("wb-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (!form.validate()) {
                return;
            }
            try {
                Receipt r = service.submitAsEmployee(form.draft());
                removeAll();
                receipt = new ReceiptPanel(r);
                add(receipt);
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
    }

    /**
     * An empty form on every visit, also after a report was sent: the router reuses this view when the menu link is
     * clicked again, so the constructor runs once only.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        form = new ReportForm();
        receipt = null;
        add(new H2(getTranslation("whistleblowing.nav.report")), new Paragraph(getTranslation("whistleblowing.intro")),
                new Paragraph(getTranslation("whistleblowing.employeeIntro")), form, send);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("whistleblowing.nav.report");
    }
}
