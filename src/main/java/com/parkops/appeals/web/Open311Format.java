package com.parkops.appeals.web;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import tools.jackson.databind.ObjectMapper;

/**
 * The two Open311 formats. A response is built once as ordered maps and lists and written either as
 * JSON or as XML (UTF-8, with the XML declaration), where a list named in the plural holds elements
 * named in the singular ({@code attributes/attribute}, {@code values/value} …) and a null value is
 * an empty element.
 */
enum Open311Format {
    JSON(new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8)),
    XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> SINGULAR = Map.of(
            "attributes", "attribute",
            "values", "value",
            "endpoints", "endpoint",
            "formats", "format",
            "errors", "error");

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The format named by a path suffix, or an Open311 400 for any other. */
    static Open311Format of(String suffix, String unknown) {
        String name = suffix == null ? "" : suffix.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw new Open311Error(org.springframework.http.HttpStatus.BAD_REQUEST, unknown);
        };
    }

    /** The format a request path asks for: JSON for {@code .json}, else XML (the required format). */
    static Open311Format ofPath(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : XML;
    }

    /** A list of items: a JSON array, or {@code <root><item>…</item>…</root>}. */
    String list(String root, String item, List<? extends Map<String, ?>> items) {
        if (this == JSON) {
            return MAPPER.writeValueAsString(items);
        }
        return xml(w -> {
            w.writeStartElement(root);
            for (Map<String, ?> entry : items) {
                element(w, item, entry);
            }
            w.writeEndElement();
        });
    }

    /** One object: a JSON object, or {@code <root>…</root>}. */
    String object(String root, Map<String, ?> object) {
        if (this == JSON) {
            return MAPPER.writeValueAsString(object);
        }
        return xml(w -> element(w, root, object));
    }

    /** A W3C date-time in the zone's offset, to the second ({@code 2026-03-02T09:30:00+08:00}). */
    static String time(Instant instant, ZoneId zone) {
        return instant == null
                ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                element(w, entry.getKey().toString(), entry.getValue());
            }
        } else if (value instanceof List<?> list) {
            String item = SINGULAR.getOrDefault(name, "item");
            for (Object each : list) {
                element(w, item, each);
            }
        } else if (value instanceof BigDecimal number) {
            w.writeCharacters(number.toPlainString());
        } else {
            w.writeCharacters(value.toString());
        }
        w.writeEndElement();
    }
}
