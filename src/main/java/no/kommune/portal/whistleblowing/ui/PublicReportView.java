package no.kommune.portal.whistleblowing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.kommune.portal.base.ui.Notices;
import no.kommune.portal.base.ui.PublicLayout;
import no.kommune.portal.whistleblowing.Receipt;
import no.kommune.portal.whistleblowing.WhistleblowingLinks;
import no.kommune.portal.whistleblowing.WhistleblowingService;

/**
 * The public whistleblowing page for citizens (and anyone else): no login, always anonymous to the portal
 * (no address is stored), optional name and contact. Outside the portal layout, so no menu is shown.
 */
@Route(value = WhistleblowingLinks.PUBLIC_REPORT, layout = PublicLayout.class)
@AnonymousAllowed
public class PublicReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    ReportForm form;
    final Button send = new Button();
    ReceiptPanel receipt;

    public PublicReportView(WhistleblowingService service) {
        setPadding(false);
        send.setText(getTranslation("whistleblowing.send"));
        send.setId("wb-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (!form.validate()) {
                return;
            }
            try {
                Receipt r = service.submitPublic(form.draft(), ClientKey.current());
                removeAll();
                receipt = new ReceiptPanel(r);
                add(receipt);
            } catch (RuntimeException ex) {
                Notices.failure(ex);
            }
        });
    }

    /**
     * An empty form on every visit, also after a report was sent: the router reuses this view when the page is
     * opened again, so the constructor runs once only.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        form = new ReportForm();
        receipt = null;
        // the title is the layout's h1
        add(new Paragraph(getTranslation("whistleblowing.intro")),
                new Paragraph(getTranslation("whistleblowing.publicIntro")), form, send,
                new Anchor(WhistleblowingLinks.receiptLookup().href(), getTranslation("whistleblowing.haveCode")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("whistleblowing.publicTitle");
    }
}
