package org.guidebook.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.guidebook.problem.AuthorErrors;

/**
 * Turns a failure to write the output (read-only disk, full disk, no permission, a file where a folder must
 * be) into the one line the CLI prints for a mistake: the folder, the operating system's reason, and what to
 * do. Writing goes to a staging folder first, so the previous output is unchanged whenever this is thrown.
 */
final class OutputFailure {
    private OutputFailure() {
    }

    static AuthorErrors of(Path dir, IOException e) {
        return AuthorErrors.single(dir.toString(), 0, "cannot write the output (" + reason(e) + ") — choose a writable"
                + " folder with --out, or free space on that disk; the previous output is unchanged");
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) return "permission denied: " + a.getFile();
        if (e instanceof NotDirectoryException n) return "not a folder: " + n.getFile();
        if (e instanceof NoSuchFileException n) return "no such file or folder: " + n.getFile();
        if (e instanceof java.nio.file.FileAlreadyExistsException f) return "a file is where a folder must be: " + f.getFile();
        if (e instanceof FileSystemException f) {
            // The OS's words ("Read-only file system", "No space left on device"), never a Java class name.
            String reason = f.getReason() == null ? "file system error" : f.getReason();
            return reason + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
