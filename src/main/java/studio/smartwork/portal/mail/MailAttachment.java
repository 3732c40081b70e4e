package studio.smartwork.portal.mail;

/** A file sent with a mail (the monthly report's PDF). */
public record MailAttachment(String fileName, String contentType, byte[] content) {
}
