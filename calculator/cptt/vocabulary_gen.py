#!/usr/bin/env python3
"""Writes the readers' vocabulary (cptt/vocabulary.h) from the XML schemas, so that the schema
stays the one description of the formats:

    vocabulary_gen.py OUT.inc SCHEMA.xsd...
    vocabulary_gen.py --dict OUT.dict SCHEMA.xsd...   # the names, as a libFuzzer dictionary

For every element the schemas declare, the table says which attributes it may carry and, for
each child element, whether it may repeat. The readers refuse an attribute the schema does not
allow and a second copy of a child that may occur once (pugixml would keep both and the readers
take the first). Child elements the schema does not know are left to the readers, whose messages
say what is allowed where (and content the schema leaves open, xs:any, is not checked).
"""
import os
import sys
import xml.etree.ElementTree as ET

XS = "{http://www.w3.org/2001/XMLSchema}"


def local(name):
    return name.split(":", 1)[-1] if name else name


class Schema:
    """One schema document and the documents it includes."""

    def __init__(self, path, loaded=None):
        loaded = {} if loaded is None else loaded
        self.root = ET.parse(path).getroot()
        self.namespace = self.root.get("targetNamespace", "")
        self.types, self.groups, self.attribute_groups, self.elements = {}, {}, {}, {}
        documents = [self.root]
        for inc in self.root.findall(XS + "include"):
            other = os.path.join(os.path.dirname(path), inc.get("schemaLocation"))
            documents.append(ET.parse(other).getroot())
        for doc in documents:
            for node in doc:
                name = node.get("name")
                if node.tag == XS + "complexType":
                    self.types.setdefault(name, node)
                elif node.tag == XS + "group":
                    self.groups.setdefault(name, node)
                elif node.tag == XS + "attributeGroup":
                    self.attribute_groups.setdefault(name, node)
                elif node.tag == XS + "element":
                    self.elements.setdefault(name, node)
        # Only this document's own top-level elements are roots of its files.
        self.roots = [n.get("name") for n in self.root.findall(XS + "element")]


class Builder:
    def __init__(self):
        self.types = []  # (attributes, [(child, type index, repeatable)])
        self.index = {}  # (schema id, type key) -> index

    def simple(self):
        return self.intern(("simple",), None, lambda: (set(), []))

    def intern(self, key, schema, make):
        full = (id(schema),) + key
        if full in self.index:
            return self.index[full]
        i = len(self.types)
        self.index[full] = i
        self.types.append(None)  # placeholder: recursive types refer to themselves
        self.types[i] = make()
        return i

    def element_type(self, schema, element):
        """The type index of an element declaration (or reference)."""
        if element.get("ref"):
            element = schema.elements[local(element.get("ref"))]
        inline = element.find(XS + "complexType")
        if inline is not None:
            return self.intern(("inline", id(inline)), schema,
                               lambda: self.complex_type(schema, inline))
        type_name = local(element.get("type"))
        if type_name in schema.types:
            node = schema.types[type_name]
            return self.intern(("named", type_name), schema,
                               lambda: self.complex_type(schema, node))
        return self.simple()  # a simple type: text, no attributes

    def complex_type(self, schema, node):
        attributes, children = set(), []
        self.collect(schema, node, attributes, children, False)
        merged = {}
        for name, type_index, repeatable in children:
            if name in merged:  # declared twice (a choice, or a repeated sequence): may repeat
                merged[name] = (merged[name][0], True)
            else:
                merged[name] = (type_index, repeatable)
        if len(merged) > 64:
            sys.exit(f"vocabulary_gen.py: {len(merged)} kinds of children in one element (at most 64)")
        return (attributes, [(n, t, r) for n, (t, r) in merged.items()])

    def collect(self, schema, node, attributes, children, repeated):
        for child in node:
            tag = child.tag
            many = repeated or child.get("maxOccurs", "1") not in ("0", "1")
            if tag == XS + "attribute":
                attributes.add(child.get("name") or local(child.get("ref")))
            elif tag == XS + "attributeGroup":
                group = schema.attribute_groups[local(child.get("ref"))]
                self.collect(schema, group, attributes, children, repeated)
            elif tag == XS + "element":
                name = child.get("name") or local(child.get("ref"))
                children.append((name, self.element_type(schema, child), many))
            elif tag in (XS + "sequence", XS + "choice", XS + "all"):
                self.collect(schema, child, attributes, children, many)
            elif tag == XS + "group":
                group = schema.groups[local(child.get("ref"))]
                self.collect(schema, group, attributes, children, many)
            elif tag in (XS + "simpleContent", XS + "complexContent"):
                self.collect(schema, child, attributes, children, repeated)
            elif tag in (XS + "extension", XS + "restriction"):
                base = local(child.get("base"))
                if base in schema.types:
                    self.collect(schema, schema.types[base], attributes, children, repeated)
                self.collect(schema, child, attributes, children, repeated)


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_dictionary(out, paths):
    """Every element and attribute name of the schemas, as tags and attributes a fuzzer splices."""
    names = set()
    for path in paths:
        for node in ET.parse(path).getroot().iter():
            if node.tag in (XS + "element", XS + "attribute") and node.get("name"):
                names.add((node.tag, node.get("name")))
    with open(out, "w", encoding="utf-8") as f:
        for tag, name in sorted(names):
            if tag == XS + "element":
                f.write(f'"<{name}>"\n"</{name}>"\n')
            else:
                f.write(f'" {name}=\\""\n')


def main(out, paths):
    builder = Builder()
    roots = {}
    for path in paths:
        schema = Schema(path)
        for name in schema.roots:
            key = (schema.namespace, name)
            if key not in roots:
                roots[key] = builder.element_type(schema, schema.elements[name])
    lines = ["// Generated by calculator/cptt/vocabulary_gen.py from the XML schemas: do not edit.",
             "namespace cptt::vocabulary_data {", ""]
    for i, (attributes, children) in enumerate(builder.types):
        names = ", ".join(c_string(a) for a in sorted(attributes))
        lines.append(f"constexpr std::string_view attributes_{i}[] = {{{names}}};"
                     if attributes else f"constexpr std::span<const std::string_view> attributes_{i};")
        rules = ", ".join(f"{{{c_string(n)}, {t}, {'true' if r else 'false'}}}"
                          for n, t, r in sorted(children))
        lines.append(f"constexpr ChildRule children_{i}[] = {{{rules}}};"
                     if children else f"constexpr std::span<const ChildRule> children_{i};")
    lines.append("")
    lines.append("constexpr ElementRule types[] = {")
    for i in range(len(builder.types)):
        lines.append(f"    {{attributes_{i}, children_{i}}},")
    lines.append("};")
    lines.append("")
    lines.append("constexpr RootRule roots[] = {")
    for (namespace, name), i in sorted(roots.items()):
        lines.append(f"    {{{c_string(namespace)}, {c_string(name)}, {i}}},")
    lines.append("};")
    lines.append("")
    lines.append("} // namespace cptt::vocabulary_data")
    text = "\n".join(lines) + "\n"
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--dict":
        write_dictionary(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) >= 3:
        main(sys.argv[1], sys.argv[2:])
    else:
        sys.exit(__doc__)
