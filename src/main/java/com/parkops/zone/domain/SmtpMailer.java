package com.parkops.zone.domain;

import com.parkops.zone.NotifySettings.MailSecurity;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text UTF-8 e-mail through a zone's SMTP server, built from its settings at send time
 * (so a change of settings applies to the next message without a restart). Several messages go
 * over one connection; each one's failure is reported on its own.
 */
@Component
class SmtpMailer {

    /** One e-mail to send. */
    record Mail(String to, String subject, String text) {}

    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int READ_TIMEOUT_MS = 10_000;

    /**
     * Sends the mails; the answer maps the position of each mail that failed to the reason. Nothing
     * is thrown: a server that cannot be reached fails every mail.
     */
    Map<Integer, String> send(StoredSettings settings, List<Mail> mails) {
        Map<Integer, String> failures = new LinkedHashMap<>();
        if (mails.isEmpty()) {
            return failures;
        }
        JavaMailSenderImpl sender = sender(settings);
        List<MimeMessage> messages = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < mails.size(); i++) {
            try {
                messages.add(message(sender, settings.mailFrom(), mails.get(i)));
                positions.add(i);
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                failures.put(i, reason(e));
            }
        }
        if (messages.isEmpty()) {
            return failures;
        }
        try {
            sender.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            Map<Object, Exception> failed = e.getFailedMessages();
            for (int i = 0; i < messages.size(); i++) {
                Exception cause = failed.get(messages.get(i));
                if (cause != null || failed.isEmpty()) {
                    failures.put(positions.get(i), reason(cause != null ? cause : e));
                }
            }
        } catch (RuntimeException e) {
            positions.forEach(position -> failures.put(position, reason(e)));
        }
        return failures;
    }

    private static JavaMailSenderImpl sender(StoredSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.smtpHost());
        sender.setPort(settings.smtpPort());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        boolean auth =
                settings.smtpUsername() != null && !settings.smtpUsername().isBlank();
        if (auth) {
            sender.setUsername(settings.smtpUsername());
            sender.setPassword(settings.smtpPassword());
        }
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.auth", String.valueOf(auth));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MS));
        properties.put("mail.smtp.timeout", String.valueOf(READ_TIMEOUT_MS));
        properties.put("mail.smtp.writetimeout", String.valueOf(READ_TIMEOUT_MS));
        if (settings.mailSecurity() == MailSecurity.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        } else if (settings.mailSecurity() == MailSecurity.SSL) {
            properties.put("mail.smtp.ssl.enable", "true");
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return sender;
    }

    private static MimeMessage message(JavaMailSenderImpl sender, String from, Mail mail)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        InternetAddress fromAddress = InternetAddress.parse(from, true)[0];
        helper.setFrom(new InternetAddress(
                fromAddress.getAddress(), fromAddress.getPersonal(), StandardCharsets.UTF_8.name()));
        helper.setTo(InternetAddress.parse(mail.to(), true)[0]);
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), false);
        return message;
    }

    /** A short, single-line reason for the record; the deepest cause usually says most. */
    static String reason(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String text = e == deepest
                ? String.valueOf(e.getMessage())
                : e.getMessage() + " (" + deepest.getClass().getSimpleName() + ": " + deepest.getMessage() + ")";
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
