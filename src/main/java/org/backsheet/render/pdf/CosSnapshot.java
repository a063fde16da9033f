package org.backsheet.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A frozen copy of a PDF object tree (a form XObject with its resources) that belongs to no document, so any
 * number of threads can make fresh copies of it in their own documents. Streams keep their encoded bytes, so
 * nothing is compressed again; dictionaries keep their key order and whether they were written inline.
 */
abstract sealed class CosSnapshot {

    /** Freezes {@code base}; indirect references are followed (a form's tree holds no cycles). */
    static CosSnapshot of(COSBase base) throws IOException {
        COSBase value = base instanceof COSObject indirect ? indirect.getObject() : base;
        if (value instanceof COSStream stream) {
            try (InputStream raw = stream.createRawInputStream()) {
                return new Stream(Dict.freeze(stream), raw.readAllBytes());
            }
        }
        if (value instanceof COSDictionary dictionary) {
            return Dict.freeze(dictionary);
        }
        if (value instanceof COSArray array) {
            List<CosSnapshot> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                items.add(of(array.get(i)));
            }
            return new Array(List.copyOf(items), array.isDirect());
        }
        if (value instanceof COSString string) {
            return new Text(string.getBytes(), string.getForceHexForm());
        }
        if (value == null
                || value instanceof COSName
                || value instanceof COSNumber
                || value instanceof COSBoolean
                || value instanceof COSNull) {
            // Immutable values: shared as they are.
            return new Value(value == null ? COSNull.NULL : value);
        }
        throw new IOException("cannot keep a copy of " + value.getClass().getSimpleName());
    }

    /** A new object tree equal to the frozen one, made for {@code document}. */
    abstract COSBase copyInto(PDDocument document) throws IOException;

    private static final class Value extends CosSnapshot {
        private final COSBase value;

        Value(COSBase value) {
            this.value = value;
        }

        @Override
        COSBase copyInto(PDDocument document) {
            return value;
        }
    }

    private static final class Text extends CosSnapshot {
        private final byte[] bytes;
        private final boolean hex;

        Text(byte[] bytes, boolean hex) {
            this.bytes = bytes.clone();
            this.hex = hex;
        }

        @Override
        COSBase copyInto(PDDocument document) {
            COSString copy = new COSString(bytes.clone());
            copy.setForceHexForm(hex);
            return copy;
        }
    }

    private static final class Array extends CosSnapshot {
        private final List<CosSnapshot> items;
        private final boolean direct;

        Array(List<CosSnapshot> items, boolean direct) {
            this.items = items;
            this.direct = direct;
        }

        @Override
        COSBase copyInto(PDDocument document) throws IOException {
            COSArray copy = new COSArray();
            for (CosSnapshot item : items) {
                copy.add(item.copyInto(document));
            }
            copy.setDirect(direct);
            return copy;
        }
    }

    private static final class Dict extends CosSnapshot {
        private final List<Map.Entry<COSName, CosSnapshot>> entries;
        private final boolean direct;

        private Dict(List<Map.Entry<COSName, CosSnapshot>> entries, boolean direct) {
            this.entries = entries;
            this.direct = direct;
        }

        static Dict freeze(COSDictionary dictionary) throws IOException {
            List<Map.Entry<COSName, CosSnapshot>> entries = new ArrayList<>(dictionary.size());
            for (Map.Entry<COSName, COSBase> e : dictionary.entrySet()) {
                entries.add(Map.entry(e.getKey(), of(e.getValue())));
            }
            return new Dict(List.copyOf(entries), dictionary.isDirect());
        }

        @Override
        COSBase copyInto(PDDocument document) throws IOException {
            return fill(new COSDictionary(), document);
        }

        <D extends COSDictionary> D fill(D copy, PDDocument document) throws IOException {
            for (Map.Entry<COSName, CosSnapshot> e : entries) {
                copy.setItem(e.getKey(), e.getValue().copyInto(document));
            }
            copy.setDirect(direct);
            return copy;
        }
    }

    private static final class Stream extends CosSnapshot {
        private final Dict dictionary;
        private final byte[] raw;

        Stream(Dict dictionary, byte[] raw) {
            this.dictionary = dictionary;
            this.raw = raw;
        }

        @Override
        COSBase copyInto(PDDocument document) throws IOException {
            COSStream copy = dictionary.fill(document.getDocument().createCOSStream(), document);
            try (OutputStream out = copy.createRawOutputStream()) {
                out.write(raw);
            }
            return copy;
        }
    }
}
