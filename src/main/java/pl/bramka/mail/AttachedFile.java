package pl.bramka.mail;

/** What the demo-mode mail page shows of an attachment: its name, media type and size in bytes. */
public record AttachedFile(long mailId, String fileName, String contentType, long size) {
}
