package com.parkops.zone.domain;

import com.parkops.zone.NotifySettings.WebhookFormat;
import com.parkops.zone.NotifySettings.WebhookStyle;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Posts a message to a chat-group robot in the JSON it accepts: WeCom (企业微信群机器人) and DingTalk
 * (钉钉自定义机器人) both take {@code {"msgtype":"text","text":{"content":…}}}; for markdown WeCom
 * takes {@code markdown.content} and DingTalk {@code markdown.title} and {@code markdown.text}.
 * A DingTalk robot secured by signing (加签) gets {@code timestamp} and {@code sign} in the URL.
 * Both answer {@code {"errcode":0,…}} when they took the message.
 */
@Component
class ChatWebhook {

    static final Duration TIMEOUT = Duration.ofSeconds(3);

    /** Robots cut longer messages off or refuse them (WeCom: 2048 bytes of text). */
    static final int MAX_CONTENT = 600;

    private final ObjectMapper json;
    private final HttpClient http;
    private final Clock clock;

    ChatWebhook(ObjectMapper json) {
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.clock = Clock.systemUTC();
    }

    /** Posts; null when the robot took the message, otherwise why not. Never throws. */
    String post(StoredSettings settings, String title, String text, String link, String openLabel) {
        try {
            String body = json.writeValueAsString(
                    payload(settings.webhookStyle(), settings.webhookFormat(), title, text, link, openLabel));
            HttpRequest request = HttpRequest.newBuilder(URI.create(signedUrl(settings)))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return refusal(response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SmtpMailer.reason(e);
        } catch (IOException | RuntimeException | GeneralSecurityException e) {
            return SmtpMailer.reason(e);
        }
    }

    static Map<String, Object> payload(
            WebhookStyle style, WebhookFormat format, String title, String text, String link, String openLabel) {
        Map<String, Object> payload = new LinkedHashMap<>();
        if (format == WebhookFormat.MARKDOWN) {
            StringBuilder markdown = new StringBuilder();
            markdown.append(style == WebhookStyle.DINGTALK ? "#### " : "**")
                    .append(title)
                    .append(style == WebhookStyle.DINGTALK ? "" : "**")
                    .append("\n\n")
                    .append(shortened(text));
            if (link != null) {
                markdown.append("\n\n[")
                        .append(openLabel)
                        .append("](")
                        .append(link)
                        .append(')');
            }
            Map<String, Object> content = new LinkedHashMap<>();
            if (style == WebhookStyle.DINGTALK) {
                content.put("title", title);
                content.put("text", markdown.toString());
            } else {
                content.put("content", markdown.toString());
            }
            payload.put("msgtype", "markdown");
            payload.put("markdown", content);
        } else {
            String content = "【" + title + "】\n" + shortened(text) + (link == null ? "" : "\n" + link);
            payload.put("msgtype", "text");
            payload.put("text", Map.of("content", content));
        }
        return payload;
    }

    private String signedUrl(StoredSettings settings) throws GeneralSecurityException {
        String url = settings.webhookUrl();
        if (settings.webhookStyle() != WebhookStyle.DINGTALK || settings.webhookSecret() == null) {
            return url;
        }
        long timestamp = clock.millis();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(settings.webhookSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signature = mac.doFinal((timestamp + "\n" + settings.webhookSecret()).getBytes(StandardCharsets.UTF_8));
        String sign = URLEncoder.encode(Base64.getEncoder().encodeToString(signature), StandardCharsets.UTF_8);
        return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign=" + sign;
    }

    private String refusal(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            return "HTTP " + response.statusCode() + " " + abbreviated(response.body());
        }
        try {
            JsonNode answer = json.readTree(response.body());
            JsonNode code = answer.get("errcode");
            if (code != null && code.asInt() != 0) {
                return "errcode " + code.asInt() + " " + abbreviated(String.valueOf(answer.get("errmsg")));
            }
        } catch (RuntimeException notJson) {
            // a robot that answers 2xx without JSON took the message
        }
        return null;
    }

    private static String shortened(String text) {
        return text.length() <= MAX_CONTENT ? text : text.substring(0, MAX_CONTENT) + "…";
    }

    private static String abbreviated(String text) {
        String single = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return single.length() > 200 ? single.substring(0, 200) : single;
    }
}
