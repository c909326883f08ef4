package pl.bramka.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

import pl.bramka.report.StatementOptions.CamtVersion;

/**
 * camt.053 (BankToCustomerStatement) in version 02, which Polish corporate banking exports, or 08, streamed with
 * StAX. The group header takes its message id from the first statement, so it is written when that one starts.
 * A file needs at least one statement: the schema has no empty statement file.
 */
class Camt053Writer implements StatementWriter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    /** What XML 1.0 cannot hold: control characters, lone surrogates, U+FFFE and U+FFFF. */
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\t\\n\\r\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final int MAX_35 = 35;

    private static final int MAX_140 = 140;

    private final CamtVersion version;

    private final XMLStreamWriter xml;

    private final Instant createdAt;

    private boolean headerWritten;

    private @Nullable StatementBalance statement;

    Camt053Writer(CamtVersion version, OutputStream out, Instant createdAt) {
        this.version = version;
        this.createdAt = createdAt;
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("No StAX writer", e);
        }
    }

    @Override
    public void startStatement(StatementAccount account) throws IOException {
        if (statement != null) {
            throw new IllegalStateException("Statement " + statement.account().statementId() + " is not ended");
        }
        StatementBalance opened = new StatementBalance(account);
        statement = opened;
        try {
            if (!headerWritten) {
                header(account);
                headerWritten = true;
            }
            xml.writeStartElement("Stmt");
            element("Id", account.statementId(), MAX_35);
            element("ElctrncSeqNb", Long.toString(account.sequenceNumber()), MAX_35);
            element("CreDtTm", dateTime(account.createdAt()), MAX_35);
            xml.writeStartElement("FrToDt");
            element("FrDtTm", dateTime(account.firstDay().atStartOfDay(Statements.WARSAW).toInstant()), MAX_35);
            element("ToDtTm", dateTime(account.lastDay().atTime(LocalTime.of(23, 59, 59))
                    .atZone(Statements.WARSAW).toInstant()), MAX_35);
            xml.writeEndElement();
            xml.writeStartElement("Acct");
            accountId(account.accountId());
            element("Ccy", account.currency(), MAX_35);
            if (!clean(account.ownerName(), MAX_140).isEmpty()) {
                xml.writeStartElement("Ownr");
                element("Nm", account.ownerName(), MAX_140);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            balance(opened, "OPBD", account.openingBalance(), account.firstDay().minusDays(1));
            balance(opened, "CLBD", account.closingBalance(), account.lastDay());
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void entry(StatementEntry entry) throws IOException {
        StatementBalance current = current();
        current.add(entry);
        StatementCodes codes = StatementCodes.of(entry.kind());
        try {
            xml.writeStartElement("Ntry");
            amount(current, entry.amount());
            xml.writeStartElement("Sts");
            if (version == CamtVersion.V02) {
                xml.writeCharacters("BOOK");
            } else {
                element("Cd", "BOOK", MAX_35);
            }
            xml.writeEndElement();
            xml.writeStartElement("BookgDt");
            element("DtTm", dateTime(entry.bookedAt()), MAX_35);
            xml.writeEndElement();
            xml.writeStartElement("ValDt");
            element("Dt", entry.bookedAt().atZone(Statements.WARSAW).toLocalDate().toString(), MAX_35);
            xml.writeEndElement();
            String servicingReference = servicingReference(entry.reference());
            if (!servicingReference.isEmpty()) {
                element("AcctSvcrRef", servicingReference, MAX_35);
            }
            transactionCode(codes);
            details(entry);
            element("AddtlNtryInf", codes.polishDetails(), MAX_140);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void endStatement() throws IOException {
        current().checkClosed();
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        statement = null;
    }

    @Override
    public void finish() throws IOException {
        if (statement != null) {
            throw new IllegalStateException("Statement " + statement.account().statementId() + " is not ended");
        }
        if (!headerWritten) {
            throw new IllegalStateException("A camt.053 file holds at least one statement");
        }
        try {
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void header(StatementAccount first) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("Document");
        xml.writeDefaultNamespace("urn:iso:std:iso:20022:tech:xsd:camt.053.001."
                + (version == CamtVersion.V02 ? "02" : "08"));
        xml.writeStartElement("BkToCstmrStmt");
        xml.writeStartElement("GrpHdr");
        element("MsgId", first.statementId(), MAX_35);
        element("CreDtTm", dateTime(createdAt), MAX_35);
        xml.writeEndElement();
    }

    private void accountId(String accountId) throws XMLStreamException {
        xml.writeStartElement("Id");
        String iban = Statements.iban(accountId);
        if (iban != null) {
            element("IBAN", iban, MAX_35);
        } else {
            xml.writeStartElement("Othr");
            element("Id", accountId, 34);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void balance(StatementBalance statement, String type, long amount, LocalDate day)
            throws XMLStreamException {
        xml.writeStartElement("Bal");
        xml.writeStartElement("Tp");
        xml.writeStartElement("CdOrPrtry");
        element("Cd", type, MAX_35);
        xml.writeEndElement();
        xml.writeEndElement();
        amount(statement, amount);
        xml.writeStartElement("Dt");
        element("Dt", day.toString(), MAX_35);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void amount(StatementBalance statement, long amount) throws XMLStreamException {
        xml.writeStartElement("Amt");
        xml.writeAttribute("Ccy", statement.account().currency());
        xml.writeCharacters(statement.unsigned(amount, '.'));
        xml.writeEndElement();
        element("CdtDbtInd", amount < 0 ? "DBIT" : "CRDT", MAX_35);
    }

    private void transactionCode(StatementCodes codes) throws XMLStreamException {
        xml.writeStartElement("BkTxCd");
        xml.writeStartElement("Domn");
        element("Cd", codes.domain(), MAX_35);
        xml.writeStartElement("Fmly");
        element("Cd", codes.family(), MAX_35);
        element("SubFmlyCd", codes.subFamily(), MAX_35);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("Prtry");
        element("Cd", codes.code(), MAX_35);
        element("Issr", "BRAMKA", MAX_35);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void details(StatementEntry entry) throws XMLStreamException {
        xml.writeStartElement("NtryDtls");
        xml.writeStartElement("TxDtls");
        xml.writeStartElement("Refs");
        String ownerReference = ownerReference(entry);
        element("EndToEndId", ownerReference.isEmpty() ? "NOTPROVIDED" : ownerReference, MAX_35);
        xml.writeEndElement();
        parties(entry);
        if (!clean(entry.title(), MAX_140).isEmpty()) {
            xml.writeStartElement("RmtInf");
            element("Ustrd", entry.title(), MAX_140);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The payer of a credit is its debtor; the one paid by a debit is its creditor. */
    private void parties(StatementEntry entry) throws XMLStreamException {
        String name = entry.counterpartyName() == null ? "" : clean(entry.counterpartyName(), MAX_140);
        String iban = Statements.iban(entry.counterpartyIban());
        if (name.isEmpty() && iban == null) {
            return;
        }
        String role = entry.amount() < 0 ? "Cdtr" : "Dbtr";
        xml.writeStartElement("RltdPties");
        if (!name.isEmpty()) {
            xml.writeStartElement(role);
            // Version 08 wraps the party in a choice of party or agent.
            if (version == CamtVersion.V08) {
                xml.writeStartElement("Pty");
            }
            element("Nm", name, MAX_140);
            if (version == CamtVersion.V08) {
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (iban != null) {
            xml.writeStartElement(role + "Acct");
            xml.writeStartElement("Id");
            element("IBAN", iban, MAX_35);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String ownerReference(StatementEntry entry) {
        return clean(Statements.ownerId(entry), MAX_35);
    }

    /** The id as it is when it fits 35 characters; else (a UUID has 36) its letters and digits. */
    static String servicingReference(String reference) {
        String cleaned = clean(reference, Integer.MAX_VALUE);
        return cleaned.length() <= MAX_35 ? cleaned : cut(Statements.lettersAndDigits(cleaned), MAX_35);
    }

    private void element(String name, String value, int maxLength) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(value, maxLength));
        xml.writeEndElement();
    }

    private StatementBalance current() {
        if (statement == null) {
            throw new IllegalStateException("No statement is started");
        }
        return statement;
    }

    private static String dateTime(Instant instant) {
        return instant.atZone(Statements.WARSAW).format(DATE_TIME);
    }

    /** Text XML can hold, on one line, cut to {@code maxLength} characters without splitting a letter. */
    private static String clean(String value, int maxLength) {
        String cleaned = plain(value) ? value.strip()
                : WHITESPACE.matcher(NOT_XML.matcher(value).replaceAll(" ")).replaceAll(" ").strip();
        return cut(cleaned, maxLength);
    }

    /** Whether the text is printable Basic Multilingual Plane text with single spaces: most text, passed fast. */
    private static boolean plain(String value) {
        char previous = 'x';
        for (int index = 0; index < value.length(); index++) {
            char letter = value.charAt(index);
            if (letter < ' ' || letter >= 0xD800 || (letter == ' ' && previous == ' ')
                    || (letter > 0x7f && Character.isWhitespace(letter))) {
                return false;
            }
            previous = letter;
        }
        return true;
    }

    private static String cut(String value, int maxLength) {
        if (value.codePointCount(0, value.length()) <= maxLength) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, maxLength)).strip();
    }
}
