import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { IsCountryCode, IsCurrencyCode, IsNotBlank } from '../../common/validators.js';

const EMAIL = { message: 'billingEmail must be a valid e-mail address' };

@InputType('CreateClientInput')
export class CreateClientInput {
  @Field() @IsString() @Length(1, 200) @IsNotBlank() name: string;
  @Field() @IsString() @Length(1, 200) @IsNotBlank() legalName: string;
  @Field() @IsString() @Length(1, 200) @IsNotBlank() addressLine: string;
  @Field() @IsString() @Length(1, 100) @IsNotBlank() city: string;
  @Field() @IsString() @Length(1, 20) @IsNotBlank() postalCode: string;
  @Field() @IsCountryCode() country: string;
  @Field(() => String, { nullable: true }) @IsOptional() @ValidateIf((o) => Boolean(o.vatId)) @IsString() @Length(2, 30) vatId?: string | null;
  @Field() @IsEmail({}, EMAIL) @MaxLength(254) billingEmail: string;
  @Field() @IsCurrencyCode() currency: string;
}

@InputType('UpdateClientInput')
export class UpdateClientInput {
  @Field(() => ID) @IsString() id: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) @IsNotBlank() name?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) @IsNotBlank() legalName?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) @IsNotBlank() addressLine?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 100) @IsNotBlank() city?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 20) @IsNotBlank() postalCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() country?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @ValidateIf((o) => Boolean(o.vatId)) @IsString() @Length(2, 30) vatId?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsEmail({}, EMAIL) @MaxLength(254) billingEmail?: string;
}
