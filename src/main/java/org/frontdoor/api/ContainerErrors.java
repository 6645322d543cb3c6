package org.frontdoor.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers by itself, before the application sees the request: a request line or headers too large
 * ({@code server.max-http-request-header-size}, 8 KB), a malformed request line or header. Tomcat's own report is
 * an HTML page; this answers a short problem+json instead, the same shape as every other refusal, naming nothing of
 * the request. It replaces Tomcat's error report valve on the host (Spring Boot adds one that hides the stack trace
 * and server version; this one never shows either).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)   // after Spring Boot's own Tomcat customizer, which adds its error report valve
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemReport.class.getName());
            }
        });
    }

    /** Writes a problem+json for an error status with no body yet; what the application wrote is left alone. */
    public static class ProblemReport extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known == null ? "Error" : known.getReasonPhrase();
            String detail = status == 400 ? "The request could not be read: its request line or headers are malformed or too large; nothing was done."
                    : status >= 500 ? "Something went wrong; nothing was stored." : "The request was refused; nothing was done.";
            String json = "{\"type\":\"" + ApiProblems.TYPES + "http-" + status + "\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}";
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setContentLength(body.length);
                OutputStream out = response.getOutputStream();
                out.write(body);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response cannot be written: nothing more to say
            }
        }
    }
}
