namespace Verkostot.Playground.Tests.Harness.Json;

internal sealed record CardActionInvokeValue(CardActionInvokeAction Action, string Trigger);
