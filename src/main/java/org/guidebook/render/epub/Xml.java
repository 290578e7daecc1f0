package org.guidebook.render.epub;

/** Escaping for text and attribute values in the XML files of the EPUB. */
public final class Xml {
    private Xml() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The start of every XHTML document of the book, up to and including {@code <head>}'s title and stylesheet. */
    static String xhtmlHead(String language, String title, String cssHref) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\""
                + escape(language) + "\" lang=\"" + escape(language) + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>"
                + escape(title) + "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"" + cssHref + "\"/>\n</head>\n";
    }
}
