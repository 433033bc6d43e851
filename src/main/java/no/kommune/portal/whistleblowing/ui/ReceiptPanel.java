package no.kommune.portal.whistleblowing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import no.kommune.portal.whistleblowing.Receipt;
import no.kommune.portal.whistleblowing.WhistleblowingLinks;

/** Shows the receipt code once, with what to do with it. */
class ReceiptPanel extends VerticalLayout {

    final Span code = new Span();

    ReceiptPanel(Receipt receipt) {
        setPadding(false);
        code.setText(receipt.code());
        code.setId("receipt-code");
        code.getStyle().set("font-family", "monospace").set("font-size", "1.6em").set("letter-spacing", "0.08em");
        add(new H2(getTranslation("whistleblowing.received")), new Paragraph(getTranslation("whistleblowing.receiptIntro")),
                code, new Paragraph(getTranslation("whistleblowing.receiptWarning")),
                new Anchor(WhistleblowingLinks.receiptLookup().href(), getTranslation("whistleblowing.followUpLink")));
    }
}
