package org.physiokiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The format's documentation shows exactly the schema the kiosk reads, kind by kind. */
class ContentSchemaDocTest {

    @Test
    void everyKindsKeyTableInTheDocumentIsTheSchema() throws IOException {
        String doc = Files.readString(Path.of("docs/content-format.md"));
        for (ContentSchema.Kind<?> kind : ContentSchema.KINDS) {
            Matcher m = Pattern.compile("(?s)<!-- keys:" + Pattern.quote(kind.name()) + " [^>]*-->\n(.*?)<!-- /keys -->")
                    .matcher(doc);
            assertThat(m.find()).as("docs/content-format.md has a key table for %s", kind.name()).isTrue();
            assertThat(m.group(1)).as("the key table for %s (paste the expected text into the document)",
                    kind.name()).isEqualTo(ContentSchema.markdown(kind));
        }
    }

    /** Rewrites the key tables of docs/content-format.md from the schema. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of("docs/content-format.md");
        String doc = Files.readString(file);
        for (ContentSchema.Kind<?> kind : ContentSchema.KINDS) {
            doc = Pattern.compile("(?s)(<!-- keys:" + Pattern.quote(kind.name()) + " [^>]*-->\n).*?(<!-- /keys -->)")
                    .matcher(doc).replaceFirst(r -> Matcher.quoteReplacement(r.group(1) + ContentSchema.markdown(kind)
                            + r.group(2)));
        }
        Files.writeString(file, doc);
    }
}
