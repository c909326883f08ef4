package pl.bramka.invoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * The official FA(3) schema from the test resources, compiled once with the README's two traps avoided: the
 * absolute import of {@code StrukturyDanych} resolves to the local copy (nothing goes out), and the five large
 * {@code maxOccurs} bounds are read as {@code unbounded}, which the JDK compiles in about a second.
 */
final class Fa3Schema {

    private static final String FOLDER = "/ksef/";
    private static final Schema SCHEMA = compile();

    private Fa3Schema() {
    }

    /** Throws with the validator's message when the XML breaks the schema. */
    static void validate(byte[] xml) throws SAXException, IOException {
        SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Schema compile() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                String file = systemId.substring(systemId.lastIndexOf('/') + 1);
                return new LocalInput(publicId, systemId, read("bazowe/" + file));
            });
            String main = read("schemat_FA(3)_v1-0E.xsd").replace("maxOccurs=\"10000\"", "maxOccurs=\"unbounded\"")
                    .replace("maxOccurs=\"50000\"", "maxOccurs=\"unbounded\"");
            return factory.newSchema(new StreamSource(new StringReader(main), "schemat_FA(3)_v1-0E.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String file) {
        try (InputStream in = Fa3Schema.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A schema document given to the parser as text, so it never opens a connection. */
    private record LocalInput(String publicId, String systemId, String text) implements LSInput {

        @Override
        public String getStringData() {
            return text;
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            return null;
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseUri) {
        }

        @Override
        public String getEncoding() {
            return "UTF-8";
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
