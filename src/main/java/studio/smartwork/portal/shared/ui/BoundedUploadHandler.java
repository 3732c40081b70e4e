package studio.smartwork.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * An upload the server itself keeps within a size: the browser's limit is only a courtesy,
 * a crafted request skips it. The file is read from the request up to one byte past the
 * limit, so an oversized file is never held whole; it is refused with a message the person
 * can act on, and the receiver never sees it.
 *
 * <p>The receiver runs on the upload's request thread, without the UI's lock, so the work of
 * reading the file (an import, say) does not block the page; it updates the page through
 * {@link UI#access}. The refusal message is shown through {@code onRefused}, also in {@code UI.access}.
 */
public final class BoundedUploadHandler implements UploadHandler {

    /** What to do with a file that is within the limit. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void receive(UI ui, String fileName, byte[] content);
    }

    private final int maxBytes;
    private final Receiver receiver;
    private final SerializableConsumer<String> onRefused;

    public BoundedUploadHandler(int maxBytes, Receiver receiver, SerializableConsumer<String> onRefused) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.onRefused = onRefused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        // The declared size first (cheap), then what really arrives: a header can lie.
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, fileName);
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(maxBytes + 1);
        }
        if (content.length > maxBytes) {
            refuse(event, ui, fileName);
            return;
        }
        receiver.receive(ui, fileName, content);
    }

    private void refuse(UploadEvent event, UI ui, String fileName) {
        // On the upload's request thread, outside the UI's lock: the page's language is taken from the upload's UI itself.
        String message = I18NProvider.translate(ui.getLocale(), "shared.upload.too-large", fileName, megabytes(maxBytes));
        event.reject(message);
        ui.access(() -> onRefused.accept(message));
    }

    private static String megabytes(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
