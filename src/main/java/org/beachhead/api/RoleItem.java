package org.beachhead.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.beachhead.timeline.RoleRef;

import java.util.List;

@Schema(description = "An organisation in an event or a deal in a role other than party.")
public record RoleItem(Ref partner,
                       @Schema(allowableValues = {"backer", "rival", "supplier", "mentioned"}, example = "backer")
                       String role) {

    static List<RoleItem> of(List<RoleRef> roles) {
        return roles.stream().map(role -> new RoleItem(Section.PARTNERS.ref(role.partner()), role.role().code())).toList();
    }
}
