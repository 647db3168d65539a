using Verkostot.Bot.Authentication;

namespace Verkostot.Bot.Tests.Authentication;

public sealed class AuthenticationOutcomeTests
{
    [Fact]
    public void StatusCode_Unauthorized_Is401() =>
        Assert.Equal(401, AuthenticationOutcome.Unauthorized(RejectionReason.Signature).StatusCode);

    [Fact]
    public void StatusCode_Forbidden_Is403() =>
        Assert.Equal(403, AuthenticationOutcome.Forbidden(RejectionReason.Endorsement).StatusCode);
}
