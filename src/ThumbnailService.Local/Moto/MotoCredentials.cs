using Amazon.Runtime;

namespace ThumbnailService.Local.Moto;

/// <summary>An access key of an identity in moto's IAM: a user's (no session token) or an assumed role's.</summary>
internal sealed record MotoCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    public AWSCredentials ToAws() => SessionToken is { } token
        ? new SessionAWSCredentials(AccessKeyId, SecretAccessKey, token)
        : new BasicAWSCredentials(AccessKeyId, SecretAccessKey);

    /// <summary>The variables the SDK's default chain reads (what Lambda gives a function for its execution role).</summary>
    public Dictionary<string, string> Environment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AWS_ACCESS_KEY_ID"] = AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = SecretAccessKey,
        };
        if (SessionToken is { } token)
        {
            variables["AWS_SESSION_TOKEN"] = token;
        }

        return variables;
    }

    /// <summary>Never print the secret (records print every property).</summary>
    public override string ToString() => $"MotoCredentials({AccessKeyId})";
}
