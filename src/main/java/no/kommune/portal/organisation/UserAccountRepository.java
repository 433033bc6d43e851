package no.kommune.portal.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    Optional<UserAccount> findBySsoSubject(String ssoSubject);

    /** Accounts with this e-mail address not yet linked to single sign-on (the first link only). */
    List<UserAccount> findByEmailIgnoreCaseAndSsoSubjectIsNull(String email);

    boolean existsByUsernameIgnoreCase(String username);

    /** Accounts with this e-mail address (the organisation chart import names leaders by e-mail). */
    List<UserAccount> findByEmailIgnoreCase(String email);

    /** Accounts that are members of the unit (moved to the receiving unit when it is closed). */
    @Query("select u from UserAccount u join u.units unit where unit = :unit")
    List<UserAccount> findMembersOf(OrgUnit unit);

    /** The roles as stored, bypassing the persistence context (which may hold an edited copy). */
    @org.springframework.data.jpa.repository.Query(value = "select r.role from user_role r where r.user_id = :id",
            nativeQuery = true)
    java.util.Set<String> findRolesOf(Long id);

    /** What decides access, as stored (bypassing the persistence context): "username|active". */
    @org.springframework.data.jpa.repository.Query(value = "select concat(u.username, '|', u.active) from user_account u"
            + " where u.id = :id", nativeQuery = true)
    String findLoginStateOf(Long id);

    /** The unit memberships as stored, bypassing the persistence context. */
    @org.springframework.data.jpa.repository.Query(value = "select uu.unit_id from user_unit uu where uu.user_id = :id",
            nativeQuery = true)
    java.util.Set<Long> findUnitIdsOf(Long id);

    Optional<UserAccount> findFirstByFullNameIgnoreCase(String fullName);

    @Query("select unit.id from UserAccount u join u.units unit where u.username = :username")
    List<Long> findMemberUnitIds(String username);

    @Query("select u from UserAccount u join u.roles r where r = :role order by u.fullName")
    List<UserAccount> findAllWithRole(String role);

    /** The username as stored, bypassing the persistence context (which may hold an edited copy). */
    @Query(value = "select u.username from user_account u where u.id = :id", nativeQuery = true)
    Optional<String> findStoredUsernameOf(Long id);

    @Query(value = "select u.active from user_account u where u.id = :id", nativeQuery = true)
    Optional<Boolean> findStoredActiveOf(Long id);
    @Query("select u.username, u.fullName from UserAccount u where u.username in :usernames")
    List<Object[]> findFullNames(java.util.Collection<String> usernames);

    @Query("select u.username from UserAccount u join u.roles r where r = :role and u.active = true")
    List<String> findActiveUsernamesWithRole(String role);
}
