package com.parkops.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks Open311 responses: JSON against the GeoReport v2 schemas in {@code src/test/resources/open311}
 * (draft 4, formats asserted), XML for the specification's element names.
 */
final class Open311Schemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            builder -> builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private Open311Schemas() {}

    /** Asserts that the JSON is valid against {@code open311/<schema>.json}. */
    static void assertValid(String schema, String json) {
        Schema loaded = REGISTRY.getSchema(SchemaLocation.of("classpath:open311/" + schema + ".json"));
        List<Error> errors = loaded.validate(json, InputFormat.JSON);
        assertThat(errors).as("%s against %s", json, schema).isEmpty();
    }

    /** Whether the JSON is valid (for checking that the schemas can fail). */
    static boolean valid(String schema, String json) {
        Schema loaded = REGISTRY.getSchema(SchemaLocation.of("classpath:open311/" + schema + ".json"));
        return loaded.validate(json, InputFormat.JSON).isEmpty();
    }

    /** Parses XML, asserting its declaration names UTF-8. */
    static Element xml(String body) {
        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document =
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not XML: " + body, e);
        }
    }

    /** The child elements of an element. */
    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** The names of the child elements, in order. */
    static List<String> names(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    /** The text of the one child element with this name. */
    static String text(Element parent, String name) {
        List<Element> found = children(parent).stream()
                .filter(e -> e.getTagName().equals(name))
                .toList();
        assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
        return found.get(0).getTextContent();
    }
}
