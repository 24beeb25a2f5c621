import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { RoleEnum } from '../../graphql/enums.js';
import { IsCurrencyCode, IsNotBlank, IsTimeZone } from '../../common/validators.js';

@InputType('SignUpInput')
export class SignUpInput {
  @Field() @IsEmail({}, { message: 'email must be a valid e-mail address' }) @MaxLength(254) email: string;
  @Field() @IsString() @MinLength(10, { message: 'password must be at least 10 characters' }) @MaxLength(200) password: string;
  @Field() @IsString() @Length(1, 200) @IsNotBlank() name: string;
  @Field() @IsString() @Length(1, 200) @IsNotBlank() workspaceName: string;
  @Field() @IsTimeZone() timezone: string;
  @Field() @IsCurrencyCode() currency: string;
}

@InputType('InviteMemberInput')
export class InviteMemberInput {
  @Field() @IsEmail({}, { message: 'email must be a valid e-mail address' }) @MaxLength(254) email: string;
  @Field(() => RoleEnum) @IsEnum(RoleEnum) role: RoleEnum;
  @Field(() => ID, { nullable: true, description: 'Required for CLIENT_VIEWER.' })
  @IsOptional()
  @IsString()
  clientId?: string | null;
}

@InputType('AcceptInvitationInput')
export class AcceptInvitationInput {
  @Field() @IsString() @Length(10, 300) token: string;
  @Field() @IsString() @Length(1, 200) @IsNotBlank() name: string;
  @Field() @IsString() @MinLength(10, { message: 'password must be at least 10 characters' }) @MaxLength(200) password: string;
}
