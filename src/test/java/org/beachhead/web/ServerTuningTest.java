package org.beachhead.web;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector settings the benchmarks chose (docs/benchmarks.md) reach Tomcat: a misspelt
 * connector property is ignored without a word, and the pages would quietly lose the gain.
 */
class ServerTuningTest extends PageTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void answersLeaveThroughA64KiBWriteBufferOnConnectionsKeptForAThousandRequests() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        AbstractHttp11Protocol<?> http = (AbstractHttp11Protocol<?>) connector.getProtocolHandler();

        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("65536");
        assertThat(connector.getProperty("socket.bufferPoolSize")).hasToString(String.valueOf(16 * 1024 * 1024));
        assertThat(http.getMaxKeepAliveRequests()).isEqualTo(1000);
    }
}
