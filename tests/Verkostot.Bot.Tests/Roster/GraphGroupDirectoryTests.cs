using Verkostot.Bot.Graph;
using System.Diagnostics;
using Azure.Identity;
using Verkostot.Bot.Roster;
using Verkostot.Core.Roster;
using Verkostot.Testing.Graph;

namespace Verkostot.Bot.Tests.Roster;

public sealed class GraphGroupDirectoryTests : IAsyncLifetime
{
    private const string GroupId = "11111111-1111-1111-1111-111111111111";
    private FakeGraph _graph = null!;
    private readonly StubCredential _credential = new();

    public async Task InitializeAsync() => _graph = await FakeGraph.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    private GraphGroupDirectory Directory(int pageSize = 999, int maxRetries = 3)
    {
        var options = new GraphOptions { BaseUrl = _graph.BaseUrl, PageSize = pageSize, MaxRetries = maxRetries, RetryDelaySeconds = 0 };
        return new GraphGroupDirectory(GraphConnection.Create(options, _credential), options);
    }

    private void Members(int count) => _graph.SetMembers(GroupId, Enumerable.Range(1, count).Select(FakeUser.Numbered));

    [Fact]
    public async Task ReadMembersAsync_SeveralPages_FollowsNextLinksAndSelectsOnlyNeededFields()
    {
        Members(5);

        var members = await Directory(pageSize: 2).ReadMembersAsync(GroupId, CancellationToken.None);

        Assert.Equal(5, members.Count);
        Assert.Equal(new DirectoryMember(FakeUser.Numbered(1).Id, "Henkilö 1", "henkilo1@kunta.fi", "henkilo1@kunta.fi", "kunnanjohtaja", "Member"), members[0]);
        Assert.Equal(3, _graph.Requests.Count);
        var first = _graph.Requests[0].Target;
        Assert.Contains($"/groups/{GroupId}/members?", first);
        Assert.Contains("$select=id,displayName,mail,userPrincipalName,jobTitle,userType", first);
        Assert.Contains("$top=2", first);
    }

    [Fact]
    public async Task ReadMembersAsync_WithCredential_SendsBearerTokenForGraphScope()
    {
        Members(1);

        await Directory().ReadMembersAsync(GroupId, CancellationToken.None);

        Assert.Equal("Bearer graph-token", _graph.Requests.Single().Authorization);
        Assert.Equal([new Uri(_graph.BaseUrl).GetLeftPart(UriPartial.Authority) + "/.default"], _credential.Scopes.Distinct());
    }

    [Fact]
    public async Task StartTrackingAsync_AsksForLatestDeltaFilteredToTheGroup()
    {
        var link = await Directory().StartTrackingAsync(GroupId, CancellationToken.None);

        var target = _graph.Requests.Single().Target;
        Assert.Contains("/groups/delta?", target);
        Assert.Contains($"$filter=id eq '{GroupId}'", target);
        Assert.Contains("$select=members", target);
        Assert.Contains("$deltatoken=latest", target);
        Assert.StartsWith(_graph.BaseUrl + "/groups/delta?$deltatoken=", link);
    }

    [Fact]
    public async Task ReadChangesAsync_AddsAndRemovalsAcrossPages_MergesThemAndReturnsNewDeltaLink()
    {
        Members(3);
        var directory = Directory();
        var link = await directory.StartTrackingAsync(GroupId, CancellationToken.None);
        _graph.DeltaPageSize = 2;
        _graph.AddMember(GroupId, FakeUser.Numbered(10));
        _graph.RemoveMember(GroupId, FakeUser.Numbered(1).Id);
        _graph.AddMember(GroupId, FakeUser.Numbered(11));
        _graph.RemoveMember(GroupId, FakeUser.Numbered(2).Id);
        _graph.AddMember(GroupId, FakeUser.Numbered(12));
        _graph.ClearRequests();

        var changes = await directory.ReadChangesAsync(GroupId, link, CancellationToken.None);

        Assert.Equal([FakeUser.Numbered(10).Id, FakeUser.Numbered(11).Id, FakeUser.Numbered(12).Id], changes.Added);
        Assert.Equal([FakeUser.Numbered(1).Id, FakeUser.Numbered(2).Id], changes.Removed);
        Assert.Equal(3, _graph.Requests.Count);
        var next = await directory.ReadChangesAsync(GroupId, changes.DeltaLink, CancellationToken.None);
        Assert.True(next.IsEmpty);
    }

    [Fact]
    public async Task ReadChangesAsync_MemberAddedThenRemovedWithinOneDelta_LastEntryWins()
    {
        var directory = Directory();
        var link = await directory.StartTrackingAsync(GroupId, CancellationToken.None);
        _graph.AddMember(GroupId, FakeUser.Numbered(1));
        _graph.RemoveMember(GroupId, FakeUser.Numbered(1).Id);

        var changes = await directory.ReadChangesAsync(GroupId, link, CancellationToken.None);

        Assert.Empty(changes.Added);
        Assert.Equal([FakeUser.Numbered(1).Id], changes.Removed);
    }

    [Fact]
    public async Task ReadChangesAsync_Gone410_ThrowsDeltaLinkExpired()
    {
        var directory = Directory();
        var link = await directory.StartTrackingAsync(GroupId, CancellationToken.None);
        _graph.ExpireDeltaLinks();

        await Assert.ThrowsAsync<DeltaLinkExpiredException>(() => directory.ReadChangesAsync(GroupId, link, CancellationToken.None));
    }

    [Fact]
    public async Task ReadChangesAsync_BadRequestForOldLink_ThrowsDeltaLinkExpired()
    {
        _graph.Enqueue(FakeGraphResponse.Error(400, "Request_BadRequest", "DeltaLink older than 30 days is not supported."));

        await Assert.ThrowsAsync<DeltaLinkExpiredException>(() =>
            Directory().ReadChangesAsync(GroupId, _graph.BaseUrl + "/groups/delta?$deltatoken=old.0", CancellationToken.None));
    }

    [Fact]
    public async Task ReadMembersAsync_TooManyRequestsWithRetryAfter_WaitsThenRetries()
    {
        Members(1);
        _graph.Enqueue(FakeGraphResponse.TooManyRequests(retryAfterSeconds: 1));

        var members = await Directory().ReadMembersAsync(GroupId, CancellationToken.None);

        Assert.Single(members);
        var requests = _graph.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(900),
            $"Retried after {(requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds} ms, before Retry-After.");
    }

    [Fact]
    public async Task ReadChangesAsync_ServiceUnavailableWithRetryAfter_Retries()
    {
        var directory = Directory();
        var link = await directory.StartTrackingAsync(GroupId, CancellationToken.None);
        _graph.AddMember(GroupId, FakeUser.Numbered(1));
        _graph.Enqueue(FakeGraphResponse.Error(503, "serviceNotAvailable", "Try later.", retryAfter: "0"));

        var changes = await directory.ReadChangesAsync(GroupId, link, CancellationToken.None);

        Assert.Equal([FakeUser.Numbered(1).Id], changes.Added);
    }

    [Fact]
    public async Task ReadMembersAsync_ThrottledBeyondRetries_ThrowsUnavailable()
    {
        Members(1);
        _graph.Enqueue([.. Enumerable.Repeat(FakeGraphResponse.Error(429, "TooManyRequests", "Slow down.", retryAfter: "0"), 3)]);

        await Assert.ThrowsAsync<DirectoryUnavailableException>(() => Directory(maxRetries: 2).ReadMembersAsync(GroupId, CancellationToken.None));
    }

    [Fact]
    public async Task ReadMembersAsync_Unauthorized401_ThrowsInvalidCredentials()
    {
        _graph.Enqueue(FakeGraphResponse.Error(401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid."));

        var e = await Assert.ThrowsAsync<DirectoryCredentialsRejectedException>(() => Directory().ReadMembersAsync(GroupId, CancellationToken.None));

        Assert.Equal(CredentialProblem.InvalidCredentials, e.Problem);
        Assert.Contains("InvalidAuthenticationToken", e.Message);
    }

    [Fact]
    public async Task StartTrackingAsync_Forbidden403_ThrowsMissingPermission()
    {
        _graph.Enqueue(FakeGraphResponse.Error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."));

        var e = await Assert.ThrowsAsync<DirectoryCredentialsRejectedException>(() => Directory().StartTrackingAsync(GroupId, CancellationToken.None));

        Assert.Equal(CredentialProblem.MissingPermission, e.Problem);
    }

    [Fact]
    public async Task ReadMembersAsync_TokenEndpointRefusesSecret_ThrowsInvalidCredentialsWithoutCallingGraph()
    {
        _credential.Failure = new AuthenticationFailedException("ClientSecretCredential authentication failed: AADSTS7000222: The provided client secret keys are expired.");

        var e = await Assert.ThrowsAsync<DirectoryCredentialsRejectedException>(() => Directory().ReadMembersAsync(GroupId, CancellationToken.None));

        Assert.Equal(CredentialProblem.InvalidCredentials, e.Problem);
        Assert.Contains("AADSTS7000222", e.Message);
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task ReadUsersAsync_Ids_PostsGetByIdsForUsers()
    {
        Members(3);

        var users = await Directory().ReadUsersAsync([FakeUser.Numbered(2).Id, FakeUser.Numbered(3).Id], CancellationToken.None);

        Assert.Equal(["Henkilö 2", "Henkilö 3"], users.Select(u => u.DisplayName));
        var request = _graph.Requests.Single();
        Assert.Equal("POST", request.Method);
        Assert.EndsWith("/directoryObjects/getByIds", request.Target);
        Assert.Contains("\"types\":[\"user\"]", request.Body);
    }

    [Fact]
    public async Task ReadMembersAsync_NoCredentialsAndMicrosoftBaseUrl_ThrowsNotConfiguredWithoutAnyRequest()
    {
        var options = new GraphOptions();
        var directory = new GraphGroupDirectory(GraphConnection.Create(options, credential: null), options);

        await Assert.ThrowsAsync<DirectoryNotConfiguredException>(() => directory.ReadMembersAsync(GroupId, CancellationToken.None));
    }

    [Fact]
    public async Task ReadMembersAsync_NoCredentialsAndLoopbackFake_ReadsWithoutToken()
    {
        Members(1);
        var options = new GraphOptions { BaseUrl = _graph.BaseUrl };

        await new GraphGroupDirectory(GraphConnection.Create(options, credential: null), options).ReadMembersAsync(GroupId, CancellationToken.None);

        Assert.Equal("", _graph.Requests.Single().Authorization);
    }
}
