package no.kommune.portal.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import no.kommune.portal.base.AbstractEntity;
import no.kommune.portal.base.NoMarkup;
import no.kommune.portal.base.TextLimits;
import org.hibernate.envers.Audited;

/**
 * A person who uses the portal or is named in it (a responsible leader, a politician). People named in
 * imported tables may exist without a password: they cannot log in until an administrator sets one.
 */
@Entity
@Audited
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @NotBlank
    @Pattern(regexp = "[a-zA-Z0-9._@-]+", message = "{validation.username}")
    @Size(max = TextLimits.USERNAME)
    @Column(nullable = false, unique = true, length = TextLimits.USERNAME)
    private String username;

    @NotBlank
    @NoMarkup
    @Size(max = TextLimits.NAME)
    @Column(name = "full_name", nullable = false, length = TextLimits.NAME)
    private String fullName;

    @NoMarkup
    @Size(max = TextLimits.NAME)
    @Column(name = "job_title", length = TextLimits.NAME)
    private String jobTitle;

    @Email
    @Size(max = TextLimits.EMAIL)
    @Column(length = TextLimits.EMAIL)
    private String email;

    /** The identity provider's stable id of the person, "issuer|object id" (single sign-on); null for local accounts. */
    @Column(name = "sso_subject", length = 255, unique = true)
    private String ssoSubject;

    @org.hibernate.envers.NotAudited
    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 40)
    private Set<String> roles = new HashSet<>();

    /** Units the person works in (employees report deviations to these by default). */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "user_unit", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<OrgUnit> units = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName) {
        this.username = username;
        this.fullName = fullName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = new HashSet<>(roles);
    }

    public Set<OrgUnit> getUnits() {
        return units;
    }

    public void setUnits(Set<OrgUnit> units) {
        this.units = new HashSet<>(units);
    }

    public String getSsoSubject() {
        return ssoSubject;
    }

    void linkSso(String subject) {
        this.ssoSubject = subject;
    }
}
