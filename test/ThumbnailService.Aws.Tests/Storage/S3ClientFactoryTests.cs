using ThumbnailService.Aws.Storage;

namespace ThumbnailService.Aws.Tests.Storage;

public sealed class S3ClientFactoryTests
{
    [Fact]
    public void Create_EmptyEndpointVariable_UsesRegionalEndpoint()
    {
        using var client = S3ClientFactory.Create(name => name switch
        {
            "AWS_ENDPOINT_URL_S3" => "",
            "AWS_REGION" => "eu-west-1",
            _ => null,
        });

        Assert.Equal("eu-west-1", client.Config.RegionEndpoint?.SystemName);
        Assert.False(((Amazon.S3.AmazonS3Config)client.Config).ForcePathStyle);
    }

    [Fact]
    public void Create_EndpointOverride_UsesPathStyleAndSigningRegion()
    {
        using var client = S3ClientFactory.Create(name => name switch
        {
            "AWS_ENDPOINT_URL_S3" => "http://127.0.0.1:4568",
            "AWS_REGION" => "us-east-1",
            _ => null,
        });

        Assert.Equal("http://127.0.0.1:4568", client.Config.ServiceURL?.TrimEnd('/'));
        Assert.Equal("us-east-1", client.Config.AuthenticationRegion);
        Assert.True(((Amazon.S3.AmazonS3Config)client.Config).ForcePathStyle);
    }

    [Fact]
    public void Create_SettingsWithEndpointAndCredentials_SignsWithThemPathStyle()
    {
        using var client = S3ClientFactory.Create(new S3ClientSettings
        {
            Endpoint = new Uri("http://127.0.0.1:5000"),
            Credentials = new Amazon.Runtime.BasicAWSCredentials("LOCAL", "SECRET"),
        });

        Assert.Equal("us-east-1", client.Config.AuthenticationRegion);
        Assert.True(((Amazon.S3.AmazonS3Config)client.Config).ForcePathStyle);
    }

    [Fact]
    public void Create_SettingsWithRegionOnly_UsesTheRegionalEndpoint()
    {
        using var client = S3ClientFactory.Create(new S3ClientSettings { Region = "ap-southeast-2" });

        Assert.Equal("ap-southeast-2", client.Config.RegionEndpoint?.SystemName);
        Assert.Null(client.Config.ServiceURL);
    }
}
