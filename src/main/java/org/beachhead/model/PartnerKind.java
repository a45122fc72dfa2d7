package org.beachhead.model;

import org.beachhead.common.Coded;

public enum PartnerKind implements Coded {
    VIDEO_PLATFORM, MEDIA_GROUP, PRODUCTION_COMPANY, TECHNOLOGY_COMPANY, INTERNET_COMPANY, STREAMING_SERVICE, STUDIO
}
