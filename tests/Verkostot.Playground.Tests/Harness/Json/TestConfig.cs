namespace Verkostot.Playground.Tests.Harness.Json;

internal sealed record TestConfig(
    string TenantId,
    TestConfigUser Bot,
    TestConfigUser CurrentUser,
    IReadOnlyList<TestConfigUser> Users,
    TestConfigChat PersonalChat,
    IReadOnlyList<TestConfigChat> GroupChats,
    IReadOnlyList<TestConfigTeam> Teams);
