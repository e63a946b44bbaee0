using System.Text.Json.Nodes;

namespace ThumbnailService.Functions.Tests.Deployment;

public sealed class TemplateResolverTests
{
    private const string Yaml = """
        Parameters:
          Prefix: { Type: String, Default: pics }
          Extra: { Type: String, Default: '' }
          Mode: { Type: String, Default: 'a' }
        Conditions:
          HasExtra: !Not [!Equals [!Ref Extra, '']]
          IsA: !Equals [!Ref Mode, a]
          Both: !And [!Condition HasExtra, !Condition IsA]
          Either: { 'Fn::Or': [{ Condition: HasExtra }, { Condition: IsA }] }
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Condition: HasExtra
          Thing:
            Type: Custom::Thing
            Properties:
              Name: !Sub '${Prefix}-${AWS::AccountId}-${AWS::Region}'
              Long: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Prefix}/*' }
              Vars: !Sub ['${Word} ${!Literal}', { Word: !Ref Mode }]
              Items:
                - kept
                - !If [HasExtra, extra, !Ref AWS::NoValue]
              Arn: !GetAtt Queue.Arn
              Joined: !Join ['-', [!Ref Prefix, x]]
        """;

    private static TemplateResolver Resolver(params (string Name, string Value)[] parameters) => new(
        SamTemplate.Parse(Yaml),
        new TemplateInputs
        {
            Parameters = parameters.ToDictionary(p => p.Name, p => p.Value),
            Attributes = new Dictionary<string, string> { ["Queue.Arn"] = "arn:aws:sqs:us-east-1:123456789012:q" },
        });

    private static JsonNode Property(TemplateResolver resolver, string name) =>
        resolver.Resolve(resolver.Template.Resource("Thing").At("Properties", name))!;

    [Fact]
    public void Resolve_SubShortAndLongForm_SubstitutesParametersAndPseudoParameters()
    {
        var resolver = Resolver();

        Assert.Equal("pics-123456789012-us-east-1", Property(resolver, "Name").ToString());
        Assert.Equal("arn:aws:s3:::pics/*", Property(resolver, "Long").ToString());
        Assert.Equal("a ${Literal}", Property(resolver, "Vars").ToString());
        Assert.Equal("pics-x", Property(resolver, "Joined").ToString());
    }

    [Fact]
    public void Resolve_ParameterOverride_WinsOverDefault()
    {
        Assert.Equal("other-123456789012-us-east-1", Property(Resolver(("Prefix", "other")), "Name").ToString());
    }

    [Theory]
    [InlineData("", """["kept"]""")]
    [InlineData("yes", """["kept","extra"]""")]
    public void Resolve_IfOverNoValue_DropsTheItemWhenTheConditionIsFalse(string extra, string expected)
    {
        Assert.Equal(expected, Property(Resolver(("Extra", extra)), "Items").ToJsonString());
    }

    [Theory]
    [InlineData("", "a", false, true)]
    [InlineData("yes", "a", true, true)]
    [InlineData("", "b", false, false)]
    [InlineData("yes", "b", false, true)]
    public void Condition_AndOrNotEquals_EvaluateLikeCloudFormation(string extra, string mode, bool both, bool either)
    {
        var resolver = Resolver(("Extra", extra), ("Mode", mode));

        Assert.Equal((both, either), (resolver.Condition("Both"), resolver.Condition("Either")));
        Assert.Equal(extra.Length > 0, resolver.IsCreated("Queue"));
    }

    [Fact]
    public void Resolve_GetAtt_TakesTheGivenAttribute()
    {
        Assert.Equal("arn:aws:sqs:us-east-1:123456789012:q", Property(Resolver(), "Arn").ToString());
    }

    [Fact]
    public void Resolve_UnknownIntrinsic_FailsNamingIt()
    {
        var resolver = new TemplateResolver(SamTemplate.Parse("Resources: { X: { Type: T, Properties: { P: !Select [0, [a]] } } }"), new TemplateInputs());

        var error = Assert.Throws<NotSupportedException>(() => resolver.Resolve(resolver.Template.Resource("X").At("Properties", "P")));
        Assert.Contains("Fn::Select", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OverrideOfUndeclaredParameter_Fails()
    {
        Assert.Throws<ArgumentException>(() => Resolver(("Nope", "x")));
    }

    [Fact]
    public void PolicyDocuments_ThumbnailFunction_NameTheBucketsOfTheGivenPrefix()
    {
        var resolver = new TemplateResolver(SamTemplate.Load(), new TemplateInputs { Parameters = new Dictionary<string, string> { ["NamePrefix"] = "unit" } });

        var resources = ResolvedFunction.PolicyDocuments(resolver, "ThumbnailFunction")
            .SelectMany(document => document["Statement"]!.AsArray())
            .SelectMany(statement => statement!["Resource"] is JsonArray list ? list.Select(r => r!.ToString()) : [statement["Resource"]!.ToString()])
            .ToHashSet();

        Assert.Contains("arn:aws:s3:::unit-source-123456789012-us-east-1/*", resources);
        Assert.Contains("arn:aws:s3:::unit-thumbnails-123456789012-us-east-1/*", resources);
        Assert.DoesNotContain(resources, resource => resource.Contains("${", StringComparison.Ordinal));
    }
}
