package io.pmobuyin.report.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses chart markup as XML, so a test fails on anything that is not well-formed SVG. */
final class SvgDocuments {

  static final String SVG_NS = "http://www.w3.org/2000/svg";

  private SvgDocuments() {}

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** The SVG elements with this local name, in document order. */
  static List<Element> elements(Document svg, String name) {
    NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }
}
