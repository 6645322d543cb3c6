package org.frontdoor.queue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param amber how long before its due time an item turns amber */
@ConfigurationProperties("frontdoor.queue")
public record QueueProperties(@DefaultValue("4h") Duration amber) {
}
