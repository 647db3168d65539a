using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Verkostot.Core.Roster;
using Verkostot.Testing.Graph;
using static Verkostot.Bot.Tests.Roster.GraphRosterHost;

namespace Verkostot.Bot.Tests.Roster;

/// <summary>The sync end to end: the real Graph adapter against the fake Graph, into SQLite.</summary>
public sealed class GraphRosterSyncTests : IAsyncLifetime
{
    private GraphRosterHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private void Members(int count) => _host.Graph.SetMembers(GroupId, Enumerable.Range(1, count).Select(FakeUser.Numbered));

    [Fact]
    public async Task SyncAsync_TenThousandMembers_FullReadInAtMostTwelveRequests()
    {
        Members(10_000);

        var outcome = await _host.SyncAsync();

        Assert.Equal(10_000, outcome.Changes.Unmatched.Count);
        Assert.InRange(_host.Graph.Requests.Count, 1, 12);
        Assert.True((await _host.MembershipOfAsync(FakeUser.Numbered(9_999).Id))!.InGroup);
    }

    [Fact]
    public async Task SyncAsync_TenThousandMembersUnchanged_OneRequestAndNoReport()
    {
        Members(10_000);
        await _host.SyncAsync();
        _host.Graph.ClearRequests();
        var sentBefore = _host.Messenger.Sent.Count;

        var outcome = await _host.SyncAsync();

        Assert.True(outcome.Changes.IsEmpty);
        Assert.Single(_host.Graph.Requests);
        Assert.Equal(sentBefore, _host.Messenger.Sent.Count);
    }

    [Fact]
    public async Task SyncAsync_JoinLeaveRejoinThroughDelta_TracksMembershipAndReports()
    {
        Members(3);
        await _host.SyncAsync();
        var newcomer = new FakeUser("aaaaaaaa-0000-0000-0000-000000000001", "Uusi Kunnanjohtaja", "Uusi@Kunta.fi");

        _host.Graph.AddMember(GroupId, newcomer);
        var joined = await _host.SyncAsync();
        _host.Graph.RemoveMember(GroupId, newcomer.Id);
        var left = await _host.SyncAsync();
        _host.Graph.AddMember(GroupId, newcomer);
        var rejoined = await _host.SyncAsync();

        Assert.Equal(["Uusi Kunnanjohtaja"], joined.Changes.Unmatched.Select(p => p.Name));
        Assert.Equal(["Uusi Kunnanjohtaja"], left.Changes.Left.Select(p => p.Name));
        Assert.Equal(["Uusi Kunnanjohtaja"], rejoined.Changes.Joined.Select(p => p.Name));
        Assert.Null((await _host.MembershipOfAsync(newcomer.Id))!.LeftOn);
        Assert.Equal(4, _host.Messenger.Sent.Count(s => s.Notice is RosterReport));
    }

    [Fact]
    public async Task SyncAsync_DeltaLinkGone_FallsBackToFullReadByItself()
    {
        Members(3);
        await _host.SyncAsync();
        _host.Graph.ExpireDeltaLinks();
        _host.Graph.RemoveMember(GroupId, FakeUser.Numbered(2).Id);

        var outcome = await _host.SyncAsync();

        Assert.Equal(RosterSyncStatus.Synced, outcome.Status);
        Assert.True(outcome.FullRead);
        Assert.Equal(["Henkilö 2"], outcome.Changes.Left.Select(p => p.Name));
    }

    [Fact]
    public async Task SyncAsync_SecretExpired_AlertsOnceAndHealthIsDegradedUntilNextSuccess()
    {
        Members(1);
        _host.Credential.Failure = new AuthenticationFailedException("AADSTS7000222: The provided client secret keys are expired.");

        await _host.SyncAsync();
        await _host.SyncAsync();
        var degraded = await HealthAsync();
        _host.Credential.Failure = null;
        await _host.SyncAsync();

        var alert = Assert.Single(_host.Messenger.Sent.Select(s => s.Notice).OfType<RosterCredentialAlert>());
        Assert.Equal(CredentialProblem.InvalidCredentials, alert.Problem);
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Equal(HealthStatus.Healthy, (await HealthAsync()).Status);
    }

    [Fact]
    public async Task SyncAsync_PermissionRevoked403_AlertsCoordinatorWithPermissionAdvice()
    {
        _host.Graph.Enqueue(FakeGraphResponse.Error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."));

        var outcome = await _host.SyncAsync();

        Assert.Equal(RosterSyncStatus.CredentialsRejected, outcome.Status);
        var (to, notice) = Assert.Single(_host.Messenger.Sent);
        Assert.Equal(CoordinatorObjectId, to.EntraObjectId);
        Assert.Contains("GroupMember.Read.All", notice.PlainText);
    }

    private async Task<HealthReport> HealthAsync() =>
        await _host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(CancellationToken.None);
}
