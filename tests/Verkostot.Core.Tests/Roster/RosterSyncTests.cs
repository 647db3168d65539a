using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;
using Verkostot.Core.Roster;
using static Verkostot.Core.Tests.Roster.RosterHarness;

namespace Verkostot.Core.Tests.Roster;

public sealed class RosterSyncTests : IAsyncLifetime
{
    private RosterHarness _h = null!;

    public async Task InitializeAsync() => _h = await StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task SyncAsync_FirstRun_ReadsGroupInFullAndAddsUnknownMembersWithoutRole()
    {
        _h.Directory.Add("group-a", Member("u1", "Matti Meikäläinen", "matti@kunta.fi"));

        var outcome = await _h.SyncAsync();

        Assert.True(outcome.FullRead);
        Assert.Equal(1, _h.Directory.FullReads);
        Assert.Equal(["Matti Meikäläinen"], outcome.Changes.Unmatched.Select(p => p.Name));
        var person = await _h.PersonByObjectIdAsync("u1");
        Assert.Equal("matti-meikalainen", person!.Id);
        var membership = await _h.MembershipAsync(person.Id);
        Assert.True(membership!.InGroup);
        Assert.Equal(Today, membership.JoinedOn);
    }

    [Fact]
    public async Task SyncAsync_NewcomerAndLeaver_AreInTheChangeLogAsRosterSync()
    {
        _h.Directory.Add("group-a", Member("u1", "Lähtijä", "lahtija@kunta.fi"));
        await _h.SyncAsync();
        _h.Directory.Remove("group-a", "u1");

        await _h.SyncAsync();

        var log = await _h.ChangeLogAsync();
        Assert.Equal(
            [(ChangedKind.Person, "lahtija", ChangeAction.Added), (ChangedKind.Membership, "verkosto-a/lahtija", ChangeAction.Joined),
             (ChangedKind.Membership, "verkosto-a/lahtija", ChangeAction.Left)],
            log.Select(c => (c.Kind, c.EntityId, c.Action)));
        Assert.All(log, c => Assert.Equal((ChangeChannel.RosterSync, null, "verkosto-a"), (c.Channel, c.ActorPersonId, c.NetworkId)));
        Assert.DoesNotContain(log, c => c.Summary.Contains("kunta.fi") || c.Summary.Contains("Lähtijä"));
    }

    [Fact]
    public async Task SyncAsync_MatchedByEmail_LogsTheLinkedFieldNames()
    {
        await _h.AddPersonAsync(new Person { Id = "juha-herrala", Name = "Juha Herrala", Email = "juha.herrala@isojoki.fi" }, "verkosto-a");
        _h.Directory.Add("group-a", Member("u-juha", "Herrala Juha", "juha.herrala@isojoki.fi", "juha@isojoki.onmicrosoft.com"));

        await _h.SyncAsync();

        var linked = (await _h.ChangeLogAsync()).Single(c => c.Kind == ChangedKind.Person);
        Assert.Equal(("juha-herrala", ChangeAction.Changed, "entraObjectId, userPrincipalName"), (linked.EntityId, linked.Action, linked.Summary));
    }

    [Fact]
    public async Task SyncAsync_EmailDiffersInCase_MatchesExistingPerson()
    {
        await _h.AddPersonAsync(new Person { Id = "juha-herrala", Name = "Juha Herrala", Email = "Juha.Herrala@Isojoki.fi" }, "verkosto-a");
        _h.Directory.Add("group-a", Member("u-juha", "Herrala Juha", "juha.herrala@isojoki.fi"));

        var outcome = await _h.SyncAsync();

        Assert.Equal(["Juha Herrala"], outcome.Changes.Joined.Select(p => p.Name));
        Assert.Empty(outcome.Changes.Unmatched);
        Assert.Equal("juha-herrala", (await _h.PersonByObjectIdAsync("u-juha"))!.Id);
    }

    [Fact]
    public async Task SyncAsync_MailMissingButUpnKnown_MatchesByUpn()
    {
        await _h.AddPersonAsync(new Person { Id = "tarja", Name = "Tarja H", UserPrincipalName = "TARJA@kunta.onmicrosoft.com" }, "verkosto-a");
        _h.Directory.Add("group-a", new DirectoryMember("u-tarja", "Tarja H", null, "tarja@kunta.onmicrosoft.com", null, "Member"));

        var outcome = await _h.SyncAsync();

        Assert.Equal(["Tarja H"], outcome.Changes.Joined.Select(p => p.Name));
        Assert.Equal("tarja", (await _h.PersonByObjectIdAsync("u-tarja"))!.Id);
    }

    [Fact]
    public async Task SyncAsync_SecondRun_ReadsOnlyTheDelta()
    {
        _h.Directory.Add("group-a", Member("u1", "Eka"));
        await _h.SyncAsync();
        _h.Directory.Add("group-a", Member("u2", "Toka"));

        var outcome = await _h.SyncAsync();

        Assert.False(outcome.FullRead);
        Assert.Equal(1, _h.Directory.FullReads);
        Assert.Equal(1, _h.Directory.DeltaReads);
        Assert.Equal(["u2"], _h.Directory.LookedUp);
        Assert.Equal(["Toka"], outcome.Changes.Unmatched.Select(p => p.Name));
    }

    [Fact]
    public async Task SyncAsync_MemberLeftGroup_MarksLeftWithDateAndKeepsPerson()
    {
        _h.Directory.Add("group-a", Member("u1", "Lähtijä"), Member("u2", "Jääjä"));
        await _h.SyncAsync();
        _h.Directory.Remove("group-a", "u1");

        var outcome = await _h.SyncAsync();

        Assert.Equal(["Lähtijä"], outcome.Changes.Left.Select(p => p.Name));
        var person = await _h.PersonByObjectIdAsync("u1");
        var membership = await _h.MembershipAsync(person!.Id);
        Assert.False(membership!.InGroup);
        Assert.Equal(Today, membership.LeftOn);
    }

    [Fact]
    public async Task SyncAsync_MemberRejoins_ClearsLeftOnWithoutLookingUpAgain()
    {
        _h.Directory.Add("group-a", Member("u1", "Paluumuuttaja"));
        await _h.SyncAsync();
        _h.Directory.Remove("group-a", "u1");
        await _h.SyncAsync();
        _h.Directory.LookedUp.Clear();
        _h.Directory.Add("group-a", Member("u1", "Paluumuuttaja"));

        var outcome = await _h.SyncAsync();

        Assert.Equal(["Paluumuuttaja"], outcome.Changes.Joined.Select(p => p.Name));
        Assert.Empty(_h.Directory.LookedUp);
        var membership = await _h.MembershipAsync((await _h.PersonByObjectIdAsync("u1"))!.Id);
        Assert.True(membership!.InGroup);
        Assert.Null(membership.LeftOn);
    }

    [Fact]
    public async Task SyncAsync_FullReadWithoutAnEarlierMember_MarksThemLeft()
    {
        _h.Directory.Add("group-a", Member("u1", "Eka"), Member("u2", "Toka"));
        await _h.SyncAsync();
        _h.Directory.Remove("group-a", "u2");
        _h.Directory.LinksExpired = true;

        var outcome = await _h.SyncAsync();

        Assert.True(outcome.FullRead);
        Assert.Equal(["Toka"], outcome.Changes.Left.Select(p => p.Name));
    }

    [Fact]
    public async Task SyncAsync_DeltaLinkExpired_FallsBackToFullReadAndStoresNewLink()
    {
        _h.Directory.Add("group-a", Member("u1", "Eka"));
        await _h.SyncAsync();
        _h.Directory.LinksExpired = true;

        var outcome = await _h.SyncAsync();

        Assert.Equal(RosterSyncStatus.Synced, outcome.Status);
        Assert.True(outcome.FullRead);
        Assert.Equal(2, _h.Directory.FullReads);
        Assert.Equal("group-a|1", (await _h.StateAsync()).DeltaLink);
    }

    [Fact]
    public async Task SyncAsync_GroupIdChanged_StartsOverWithFullRead()
    {
        _h.Directory.Add("group-a", Member("u1", "Eka"));
        await _h.SyncAsync();
        await using (var db = await _h.Contexts.CreateDbContextAsync())
        {
            db.Networks.Single(n => n.Id == "verkosto-a").GroupId = "group-a2";
            await db.SaveChangesAsync();
        }

        var outcome = await _h.SyncAsync();

        Assert.True(outcome.FullRead);
        Assert.Equal("group-a2", (await _h.StateAsync()).GroupId);
    }

    [Fact]
    public async Task SyncAsync_WithChanges_SendsReportToEachCoordinator()
    {
        _h.Directory.Add("group-a", Member("u1", "Uusi Jäsen"));

        await _h.SyncAsync();

        var (to, notice) = Assert.Single(_h.Messenger.Sent);
        Assert.Equal(CoordinatorObjectId, to.EntraObjectId);
        var report = Assert.IsType<RosterReport>(notice);
        Assert.Equal("Verkosto A", report.NetworkName);
        Assert.Contains("Uusi Jäsen", report.PlainText);
    }

    [Fact]
    public async Task SyncAsync_NoChanges_SendsNothing()
    {
        _h.Directory.Add("group-a", Member("u1", "Eka"));
        await _h.SyncAsync();
        _h.Messenger.Sent.Clear();

        var outcome = await _h.SyncAsync();

        Assert.True(outcome.Changes.IsEmpty);
        Assert.Empty(_h.Messenger.Sent);
    }

    [Fact]
    public async Task SyncAsync_CredentialsRejectedTwice_AlertsCoordinatorsOnce()
    {
        _h.Directory.FailWith = new DirectoryCredentialsRejectedException(CredentialProblem.InvalidCredentials, "AADSTS7000222: secret expired");

        var first = await _h.SyncAsync();
        var second = await _h.SyncAsync();

        Assert.Equal(RosterSyncStatus.CredentialsRejected, first.Status);
        Assert.Equal(RosterSyncStatus.CredentialsRejected, second.Status);
        var alert = Assert.Single(_h.Notices<RosterCredentialAlert>());
        Assert.Contains("salaisuus", alert.PlainText);
        var state = await _h.StateAsync();
        Assert.Equal(CredentialProblem.InvalidCredentials, state.CredentialProblem);
        Assert.Contains("AADSTS7000222", state.LastError);
    }

    [Fact]
    public async Task SyncAsync_SuccessAfterCredentialFailure_EndsStreakSoNextFailureAlertsAgain()
    {
        _h.Directory.FailWith = new DirectoryCredentialsRejectedException(CredentialProblem.MissingPermission, "403");
        await _h.SyncAsync();
        _h.Directory.FailWith = null;
        await _h.SyncAsync();
        Assert.Null((await _h.StateAsync()).CredentialProblem);
        _h.Directory.FailWith = new DirectoryCredentialsRejectedException(CredentialProblem.MissingPermission, "403");

        await _h.SyncAsync();

        Assert.Equal(2, _h.Notices<RosterCredentialAlert>().Count);
    }

    [Fact]
    public async Task SyncAsync_DirectoryUnavailable_RecordsErrorWithoutAlertOrThrow()
    {
        _h.Directory.FailWith = new DirectoryUnavailableException("Graph answered 503");

        var outcome = await _h.SyncAsync();

        Assert.Equal(RosterSyncStatus.Unavailable, outcome.Status);
        Assert.Empty(_h.Messenger.Sent);
        Assert.Equal("Graph answered 503", (await _h.StateAsync()).LastError);
    }

    [Fact]
    public async Task SyncAsync_PersonInTwoNetworks_SharesOnePersonWithTwoMemberships()
    {
        _h.Directory.Add("group-a", Member("u1", "Kaksoisjäsen", "kaksi@kunta.fi"));
        _h.Directory.Add("group-b", Member("u1", "Kaksoisjäsen", "kaksi@kunta.fi"));

        await _h.SyncAsync("verkosto-a");
        var second = await _h.SyncAsync("verkosto-b");

        Assert.Equal(["Kaksoisjäsen"], second.Changes.Joined.Select(p => p.Name));
        Assert.Equal(2, await _h.PeopleCountAsync());
        Assert.True((await _h.MembershipAsync("kaksoisjasen", "verkosto-a"))!.InGroup);
        Assert.True((await _h.MembershipAsync("kaksoisjasen", "verkosto-b"))!.InGroup);
    }

    [Fact]
    public async Task SyncAsync_LeavingOneNetwork_KeepsTheOtherMembership()
    {
        _h.Directory.Add("group-a", Member("u1", "Kaksoisjäsen"));
        _h.Directory.Add("group-b", Member("u1", "Kaksoisjäsen"));
        await _h.SyncAsync("verkosto-a");
        await _h.SyncAsync("verkosto-b");
        _h.Directory.Remove("group-a", "u1");

        await _h.SyncAsync("verkosto-a");

        Assert.False((await _h.MembershipAsync("kaksoisjasen", "verkosto-a"))!.InGroup);
        Assert.True((await _h.MembershipAsync("kaksoisjasen", "verkosto-b"))!.InGroup);
    }

    [Theory]
    [InlineData("Guest", "vieras@toinen.fi")]
    [InlineData("Member", "vieras_toinen.fi#EXT#@kunta.onmicrosoft.com")]
    public async Task SyncAsync_GuestAccount_MarksPersonAsGuest(string userType, string upn)
    {
        _h.Directory.Add("group-a", new DirectoryMember("g1", "Vieras Henkilö", null, upn, null, userType));

        var outcome = await _h.SyncAsync();

        Assert.True((await _h.PersonByObjectIdAsync("g1"))!.IsGuest);
        Assert.Contains("(vieras)", Assert.Single(_h.Notices<RosterReport>()).PlainText);
        Assert.True(Assert.Single(outcome.Changes.Unmatched).IsGuest);
    }

    [Fact]
    public async Task SyncAsync_WhileAnotherSyncHoldsTheLease_ReturnsAlreadyRunningWithoutReading()
    {
        Assert.True(await _h.Lease.TryAcquireAsync("verkosto-a", "other", CancellationToken.None));

        var outcome = await _h.SyncAsync();

        Assert.Equal(RosterSyncStatus.AlreadyRunning, outcome.Status);
        Assert.Equal(0, _h.Directory.FullReads);
    }

    [Fact]
    public async Task SyncAsync_AfterLeaseReleased_Runs()
    {
        await _h.Lease.TryAcquireAsync("verkosto-a", "other", CancellationToken.None);
        await _h.Lease.ReleaseAsync("verkosto-a", "other", CancellationToken.None);

        Assert.Equal(RosterSyncStatus.Synced, (await _h.SyncAsync()).Status);
    }

    [Fact]
    public async Task SyncAsync_NetworkWithoutGroup_ReturnsNoGroup()
    {
        Assert.Equal(RosterSyncStatus.NoGroup, (await _h.SyncAsync("ilman-ryhmaa")).Status);
    }

    [Fact]
    public async Task SyncAsync_NotConfigured_ReturnsNotConfiguredWithoutAlert()
    {
        _h.Directory.FailWith = new DirectoryNotConfiguredException("no credentials");

        var outcome = await _h.SyncAsync();

        Assert.Equal(RosterSyncStatus.NotConfigured, outcome.Status);
        Assert.Empty(_h.Messenger.Sent);
    }

    [Fact]
    public async Task MissingFromGroupAsync_ListsLeftAndNeverMatchedPeople()
    {
        await _h.AddPersonAsync(new Person { Id = "ei-teamsissa", Name = "Ei Teamsissa", Email = "ei@kunta.fi" }, "verkosto-a");
        _h.Directory.Add("group-a", Member("u1", "Lähtijä"), Member("u2", "Jääjä"));
        await _h.SyncAsync();
        _h.Directory.Remove("group-a", "u1");
        await _h.SyncAsync();

        var missing = await RosterQueries.MissingFromGroupAsync(_h.Contexts, "verkosto-a", CancellationToken.None);

        Assert.Equal(
            [new MissingMember("Ei Teamsissa", false, null, false), new MissingMember("Lähtijä", false, Today, true)],
            missing);
    }
}
