namespace Verkostot.StartupProfile.Tests;

public sealed class JitMethodNameTests
{
    [Fact]
    public void Parse_MethodOfGenericType_SplitsOwnerNameAndCountsParameters()
    {
        var name = JitMethodName.Parse("System.Collections.Generic.Dictionary`2[System.__Canon,int]:TryGetValue(System.__Canon,byref)");

        Assert.Equal("System.Collections.Generic.Dictionary`2[System.__Canon,int]", name!.Owner);
        Assert.Equal("TryGetValue", name.Name);
        Assert.Empty(name.MethodArguments);
        Assert.Equal(2, name.ParameterCount);
    }

    [Fact]
    public void Parse_GenericMethod_ReadsItsTypeArguments()
    {
        var name = JitMethodName.Parse("System.Linq.Enumerable:ToDictionary[System.__Canon,System.Collections.Generic.KeyValuePair`2[int,long]](System.Collections.Generic.IEnumerable`1[System.__Canon],System.Func`2[System.__Canon,System.__Canon])");

        Assert.Equal("System.Linq.Enumerable", name!.Owner);
        Assert.Equal("ToDictionary", name.Name);
        Assert.Equal(["System.__Canon", "System.Collections.Generic.KeyValuePair`2[int,long]"], name.MethodArguments);
        Assert.Equal(2, name.ParameterCount);
    }

    [Fact]
    public void Parse_CompilerGeneratedNestedOwner_KeepsTheWholeName()
    {
        var name = JitMethodName.Parse("Microsoft.EntityFrameworkCore.Query.QueryableMethods+<>c:<.cctor>b__197_54(System.Type[])");

        Assert.Equal("Microsoft.EntityFrameworkCore.Query.QueryableMethods+<>c", name!.Owner);
        Assert.Equal("<.cctor>b__197_54", name.Name);
        Assert.Equal(1, name.ParameterCount);
    }

    [Fact]
    public void Parse_NoParameterList_Null()
    {
        Assert.Null(JitMethodName.Parse("System.String:Concat"));
        Assert.Null(JitMethodName.Parse("not a method"));
    }
}
