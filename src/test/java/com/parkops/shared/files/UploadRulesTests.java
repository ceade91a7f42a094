package com.parkops.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.shared.InputError;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The upload limits and the name and type a stored file gets. */
class UploadRulesTests {

    record File(String fileName, String contentType, byte[] content) implements UploadedFile {
        @Override
        public int size() {
            return content.length;
        }
    }

    final UploadRules rules = new UploadRules(2, DataSize.ofBytes(10), UploadRules.DEFAULT_CONTENT_TYPES);

    @Test
    void shouldReportEveryProblemInOrder() {
        List<InputError> errors = rules.check(
                List.of(
                        new File("a.pdf", "application/pdf", new byte[0]),
                        new File("b.pdf", "application/pdf", new byte[11]),
                        new File("c.exe", "application/x-msdownload", new byte[1])),
                0,
                (problem, args) -> new InputError(null, "files", problem.key() + Arrays.toString(args)));
        assertThat(errors)
                .extracting(InputError::message)
                .containsExactly("tooManyFiles[2]", "emptyFile[a.pdf]", "fileTooLarge[b.pdf, 0]", "fileType[c.exe]");
    }

    @Test
    void shouldCountTheFilesTheOwnerHasAlready() {
        List<File> one = List.of(new File("a.png", "image/png", new byte[3]));
        UploadRules.Errors keys = (problem, args) -> new InputError(null, "files", problem.key());
        assertThat(rules.check(one, 1, keys)).isEmpty();
        assertThat(rules.check(one, 2, keys)).extracting(InputError::message).containsExactly("tooManyFiles");
    }

    @Test
    void shouldTakeTheTypeFromTheExtensionWhenTheBrowserClaimsNoneOrAGenericOne() {
        assertThat(UploadRules.contentType(new File("x.PDF", "application/octet-stream", new byte[1])))
                .isEqualTo("application/pdf");
        assertThat(UploadRules.contentType(new File("x.docx", null, new byte[1])))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(UploadRules.contentType(new File("x", "", new byte[1]))).isEqualTo("application/octet-stream");
        assertThat(UploadRules.contentType(new File("x.png", "Image/PNG; charset=x", new byte[1])))
                .isEqualTo("image/png");
        assertThat(UploadRules.contentType(new File("x.exe", null, new byte[1])))
                .isEmpty();
    }

    @Test
    void shouldKeepOnlyTheFilesOwnNameAndItsLast200Characters() {
        assertThat(UploadRules.safeName("C:\\Users\\张三\\营业执照.pdf")).isEqualTo("营业执照.pdf");
        assertThat(UploadRules.safeName("a/b/c.txt")).isEqualTo("c.txt");
        assertThat(UploadRules.safeName(" ")).isEqualTo("file");
        assertThat(UploadRules.safeName(null)).isEqualTo("file");
        assertThat(UploadRules.safeName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }
}
